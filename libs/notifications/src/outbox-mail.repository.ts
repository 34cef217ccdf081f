import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface UnsettledEvent {
  id: string;
  kind: string;
  payload: object;
}

/** The outbox as the mail side sees it: which relayed events still owe their mail. */
@Injectable()
export class OutboxMailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The event's mail is finished (sent or refused for good to everyone, or no longer wanted). */
  async settle(outboxId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET settled_at = now() WHERE id = $1 AND settled_at IS NULL`,
      [outboxId],
    );
  }

  /**
   * Relayed events of the given kinds whose mail is not settled, oldest first, relayed within
   * `withinMs` (older ones were given up on: a week, as long as completed jobs are kept).
   */
  async unsettled(kinds: string[], withinMs: number, limit: number): Promise<UnsettledEvent[]> {
    return this.dataSource.query(
      `SELECT id, kind, payload FROM outbox_messages
       WHERE processed_at IS NOT NULL AND settled_at IS NULL AND kind = ANY($1::varchar[])
         AND processed_at > now() - ($2 || ' milliseconds')::interval
       ORDER BY processed_at LIMIT $3`,
      [kinds, String(withinMs), limit],
    );
  }
}
