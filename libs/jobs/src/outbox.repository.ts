import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The outbox table's SQL for writers: always in the caller's transaction. */
@Injectable()
export class OutboxRepository {
  /** Inserts one message, due `delayMs` from now on the database's clock; returns its id. */
  async insert(manager: EntityManager, kind: string, payloadJson: string, delayMs = 0): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_messages (kind, payload, available_at)
       VALUES ($1, $2::jsonb, now() + $3::double precision * interval '1 millisecond') RETURNING id`,
      [kind, payloadJson, delayMs],
    );
    return rows[0].id;
  }
}
