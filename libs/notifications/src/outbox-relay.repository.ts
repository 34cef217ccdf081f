import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountLinkPayload, BookingEventPayload } from '@app/jobs';

/** A due outbox row, locked by the relay's transaction. */
export interface ClaimedOutboxRow {
  id: string;
  kind: string;
  payload: BookingEventPayload & Partial<AccountLinkPayload>;
  attempts: number;
}

/** The outbox as the relay sees it; every call runs in the relay's transaction. */
@Injectable()
export class OutboxRelayRepository {
  /** Due rows, oldest first, locked with SKIP LOCKED so replicas never take the same row. */
  claimDue(manager: EntityManager, limit: number): Promise<ClaimedOutboxRow[]> {
    return manager.query(
      `SELECT id, kind, payload, attempts FROM outbox_messages
       WHERE processed_at IS NULL AND available_at <= now()
       ORDER BY available_at, created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  /** Counts a failed try and makes the row wait `waitMs` before the next. */
  async postpone(manager: EntityManager, id: string, error: string, waitMs: number): Promise<void> {
    await manager.query(
      `UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2,
              available_at = now() + ($3 || ' milliseconds')::interval WHERE id = $1`,
      [id, error.slice(0, 1000), String(waitMs)],
    );
  }

  async markRelayed(manager: EntityManager, ids: string[]): Promise<void> {
    await manager.query(
      `UPDATE outbox_messages SET processed_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
