import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The outbox table's SQL for writers: always in the caller's transaction. */
@Injectable()
export class OutboxRepository {
  async insert(manager: EntityManager, kind: string, payloadJson: string): Promise<void> {
    await manager.query('INSERT INTO outbox_messages (kind, payload) VALUES ($1, $2::jsonb)', [
      kind,
      payloadJson,
    ]);
  }
}
