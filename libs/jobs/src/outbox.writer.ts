import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxKind, OutboxPayloads } from './outbox-kind';

export interface OutboxWriteOptions {
  /** Hold the message this long (default: relay at once). Counted on the database's clock, as the relay's is. */
  delayMs?: number;
}

/** Writes outbox rows with the caller's transaction, so they commit or roll back with the change. */
@Injectable()
export class OutboxWriter {
  /** Returns the row's id. */
  async write<K extends OutboxKind>(
    manager: EntityManager,
    kind: K,
    payload: OutboxPayloads[K],
    options: OutboxWriteOptions = {},
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_messages (kind, payload, available_at)
       VALUES ($1, $2::jsonb, now() + $3::double precision * interval '1 millisecond') RETURNING id`,
      [kind, JSON.stringify(payload), options.delayMs ?? 0],
    );
    return rows[0].id;
  }
}
