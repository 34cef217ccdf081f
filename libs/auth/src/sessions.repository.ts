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

/** Plain data access for sessions and refresh tokens. */
@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createSession(
    manager: EntityManager,
    values: { userId: string; method: string; amr: string[]; mfa: boolean; lifetimeMs: number },
  ): Promise<string> {
    // Sessions run on the database's wall clock, like the tokens' own expiry (not the domain Clock).
    const [row] = await manager.query(
      `INSERT INTO auth_sessions (user_id, method, amr, mfa, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5::double precision / 1000)) RETURNING id`,
      [values.userId, values.method, values.amr.join(' '), values.mfa, values.lifetimeMs],
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

  /** The live session's sign-in facts, or null when it ended, expired or belongs to someone else. */
  async liveSession(
    sessionId: string,
    userId: string,
  ): Promise<{ method: string; amr: string[]; mfa: boolean } | null> {
    const rows = await this.dataSource.query(
      `SELECT method, amr, mfa FROM auth_sessions
        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()`,
      [sessionId, userId],
    );
    if (!rows[0]) return null;
    return { method: rows[0].method, amr: String(rows[0].amr).split(' ').filter(Boolean), mfa: rows[0].mfa };
  }

  /** Enrolling an authenticator proves a second factor in the session that did it. */
  async markMfa(manager: EntityManager, sessionId: string, method: string): Promise<void> {
    await manager.query(
      `UPDATE auth_sessions SET mfa = true, amr = trim(amr || ' ' || $2) WHERE id = $1 AND NOT mfa`,
      [sessionId, method],
    );
  }
}
