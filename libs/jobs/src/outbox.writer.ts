import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxKind, OutboxPayloads } from './outbox-kind';
import { OutboxRepository } from './outbox.repository';

export interface OutboxWriteOptions {
  /** Hold the message this long (default: relay at once). Counted on the database's clock, as the relay's is. */
  delayMs?: number;
}

/** Writes outbox rows with the caller's transaction, so they commit or roll back with the change. */
@Injectable()
export class OutboxWriter {
  constructor(private readonly repository: OutboxRepository) {}

  /** Returns the row's id. */
  async write<K extends OutboxKind>(
    manager: EntityManager,
    kind: K,
    payload: OutboxPayloads[K],
    options: OutboxWriteOptions = {},
  ): Promise<string> {
    return this.repository.insert(manager, kind, JSON.stringify(payload), options.delayMs ?? 0);
  }
}
