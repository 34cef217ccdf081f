import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updatedRows } from '@app/database';

export interface FailureCount {
  /** Failures of this address from this client within the window. */
  clientFailures: number;
  /** The lock of this address for this client, if any (kept, not extended, while it runs). */
  lockedUntil: Date | null;
  /** This failure is the one that locked it. */
  lockedNow: boolean;
}

// A count starts afresh after a quiet window or once a lock has run out.
const FRESH = `(t.last_failure_at < $4 OR t.locked_until <= $3)`;

/** Plain data access for the sign-in throttle: per address, and per (address, client IP). */
@Injectable()
export class LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async clientLockedUntil(email: string, clientIp: string): Promise<Date | null> {
    const rows = await this.dataSource.query(
      `SELECT locked_until FROM login_client_throttle WHERE email = $1 AND client_ip = $2`,
      [email, clientIp],
    );
    return rows[0]?.locked_until ?? null;
  }

  /** Failures of the address from any client since `windowStart`. */
  async accountFailures(email: string, windowStart: Date): Promise<number> {
    const rows = await this.dataSource.query(
      `SELECT failures FROM login_throttle WHERE email = $1 AND last_failure_at >= $2`,
      [email, windowStart],
    );
    return rows[0]?.failures ?? 0;
  }

  /**
   * Counts one failure for the address and for the (address, client) pair — failures older than
   * `windowStart` start the count afresh — and locks the pair when its count reaches `max`. A running
   * lock is kept as it is, so attempts during it neither extend nor clear it.
   */
  async recordFailure(
    email: string,
    clientIp: string,
    values: { now: Date; windowStart: Date; max: number; lockUntil: Date },
  ): Promise<FailureCount> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO login_throttle AS t (email, failures, last_failure_at) VALUES ($1, 1, $2)
         ON CONFLICT (email) DO UPDATE SET
           failures = CASE WHEN t.last_failure_at < $3 THEN 1 ELSE t.failures + 1 END,
           last_failure_at = $2`,
        [email, values.now, values.windowStart],
      );
      const [before] = await manager.query(
        `SELECT locked_until FROM login_client_throttle WHERE email = $1 AND client_ip = $2 FOR UPDATE`,
        [email, clientIp],
      );
      const running: Date | null =
        before?.locked_until && before.locked_until > values.now ? before.locked_until : null;
      const [row] = await manager.query(
        `INSERT INTO login_client_throttle AS t (email, client_ip, failures, last_failure_at, locked_until)
         VALUES ($1, $2, 1, $3, CASE WHEN 1 >= $5 THEN $6::timestamptz END)
         ON CONFLICT (email, client_ip) DO UPDATE SET
           failures = CASE WHEN ${FRESH} THEN 1 ELSE t.failures + 1 END,
           last_failure_at = $3,
           locked_until = CASE
             WHEN t.locked_until > $3 THEN t.locked_until
             WHEN (CASE WHEN ${FRESH} THEN 1 ELSE t.failures + 1 END) >= $5 THEN $6::timestamptz
             END
         RETURNING failures, locked_until`,
        [email, clientIp, values.now, values.windowStart, values.max, values.lockUntil],
      );
      const lockedUntil: Date | null =
        row.locked_until && row.locked_until > values.now ? row.locked_until : null;
      return { clientFailures: row.failures, lockedUntil, lockedNow: !running && lockedUntil !== null };
    });
  }

  /** A full sign-in from this client: its count starts afresh, and so does the address's slow-down. */
  async clearAfterSuccess(email: string, clientIp: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM login_client_throttle WHERE email = $1 AND client_ip = $2`, [
        email,
        clientIp,
      ]);
      await manager.query(`DELETE FROM login_throttle WHERE email = $1`, [email]);
    });
  }

  /** The owner proved control of the mailbox (a password link): every lock of the address ends. */
  async clearAll(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`DELETE FROM login_client_throttle WHERE email = $1`, [email]);
    await manager.query(`DELETE FROM login_throttle WHERE email = $1`, [email]);
  }

  /** True (once per period) when the owner should be mailed about a lock; false when already mailed. */
  async claimLockNotification(email: string, now: Date, notMailedSince: Date): Promise<boolean> {
    const claimed = updatedRows(
      await this.dataSource.query(
        `UPDATE login_throttle SET lock_notified_at = $2
        WHERE email = $1 AND (lock_notified_at IS NULL OR lock_notified_at < $3)`,
        [email, now, notMailedSince],
      ),
    );
    return claimed > 0;
  }
}
