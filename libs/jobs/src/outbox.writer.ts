import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxKind, OutboxPayloads } from './outbox-kind';
import { OutboxRepository } from './outbox.repository';

/** Writes outbox rows with the caller's transaction, so they commit or roll back with the change. */
@Injectable()
export class OutboxWriter {
  constructor(private readonly repository: OutboxRepository) {}

  async write<K extends OutboxKind>(
    manager: EntityManager,
    kind: K,
    payload: OutboxPayloads[K],
  ): Promise<void> {
    await this.repository.insert(manager, kind, JSON.stringify(payload));
  }
}
