import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface RefreshTokenRow {
  id: string;
  session_id: string;
  used_at: Date | null;
  user_id: string;
  expired: boolean;
  revoked_at: Date | null;
}

/** Plain data access for sessions, refresh tokens and the login throttle. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createSession(
    manager: EntityManager,
    values: { userId: string; method: string; lifetimeMs: number },
  ): Promise<string> {
    // Sessions run on the database's wall clock, like the tokens' own expiry (not the domain Clock).
    const [row] = await manager.query(
      `INSERT INTO auth_sessions (user_id, method, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000)) RETURNING id`,
      [values.userId, values.method, values.lifetimeMs],
    );
    return row.id;
  }

  async addRefreshToken(manager: EntityManager, sessionId: string, tokenHash: string): Promise<void> {
    await manager.query(`INSERT INTO refresh_tokens (session_id, token_hash) VALUES ($1, $2)`, [
      sessionId,
      tokenHash,
    ]);
  }

  /** The token with its session, locked for the rest of the transaction. */
  async findRefreshToken(manager: EntityManager, tokenHash: string): Promise<RefreshTokenRow | null> {
    const rows = await manager.query(
      `SELECT t.id, t.session_id, t.used_at, s.user_id, s.expires_at <= now() AS expired, s.revoked_at
         FROM refresh_tokens t JOIN auth_sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1
        FOR UPDATE OF t, s`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markUsed(manager: EntityManager, tokenId: string, at: Date): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET used_at = $2 WHERE id = $1`, [tokenId, at]);
  }

  async revokeSession(manager: EntityManager, sessionId: string, reason: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE auth_sessions SET revoked_at = $3, revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason, at],
    );
  }

  async revokeAllOfUser(manager: EntityManager, userId: string, reason: string, at: Date): Promise<void> {
    await manager.query(
      `UPDATE auth_sessions SET revoked_at = $3, revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, reason, at],
    );
  }

  async isSessionLive(sessionId: string, userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM auth_sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [sessionId, userId],
    );
    return rows.length > 0;
  }

  async lockedUntil(email: string): Promise<Date | null> {
    const rows = await this.dataSource.query(`SELECT locked_until FROM login_throttle WHERE email = $1`, [
      email,
    ]);
    return rows[0]?.locked_until ?? null;
  }

  /**
   * Counts a failure (failures older than `windowStart` start the count afresh) and locks the address
   * when the count reaches `max`; returns the count and whether this failure locked it.
   */
  async recordFailure(
    email: string,
    values: { now: Date; windowStart: Date; max: number; lockUntil: Date },
  ): Promise<{ failures: number; locked: boolean }> {
    const [row] = await this.dataSource.query(
      `INSERT INTO login_throttle AS t (email, failures, last_failure_at, locked_until)
       VALUES ($1, 1, $2, CASE WHEN 1 >= $4 THEN $5::timestamptz END)
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE WHEN t.last_failure_at < $3 THEN 1 ELSE t.failures + 1 END,
         last_failure_at = $2,
         locked_until = CASE
           WHEN (CASE WHEN t.last_failure_at < $3 THEN 1 ELSE t.failures + 1 END) >= $4 THEN $5::timestamptz
           ELSE t.locked_until END
       RETURNING failures, locked_until`,
      [email, values.now, values.windowStart, values.max, values.lockUntil],
    );
    return { failures: row.failures, locked: row.failures === values.max };
  }

  async clearFailures(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE email = $1`, [email]);
  }
}
