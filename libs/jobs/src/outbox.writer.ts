import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxKind, OutboxPayloads } from './outbox-kind';

/** Writes outbox rows with the caller's transaction, so they commit or roll back with the change. */
@Injectable()
export class OutboxWriter {
  async write<K extends OutboxKind>(
    manager: EntityManager,
    kind: K,
    payload: OutboxPayloads[K],
  ): Promise<void> {
    await manager.query('INSERT INTO outbox_messages (kind, payload) VALUES ($1, $2::jsonb)', [
      kind,
      JSON.stringify(payload),
    ]);
  }
}
