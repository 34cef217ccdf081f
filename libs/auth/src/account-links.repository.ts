import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type AccountLinkPurpose = 'invitation' | 'password_reset';

export interface RedeemableLink {
  id: string;
  user_id: string;
  purpose: AccountLinkPurpose;
  email: string;
  role: string;
  region_id: string;
  usable: boolean;
}

/** Plain data access for one-time password links (invitations and resets). */
@Injectable()
export class AccountLinksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ends the user's unused links, so only the newest one works. */
  async revokeOpen(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE account_tokens SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
      [userId],
    );
  }

  async insert(
    manager: EntityManager,
    values: { userId: string; purpose: AccountLinkPurpose; ttlMs: number; createdById: string | null },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO account_tokens (user_id, purpose, expires_at, created_by_id)
       VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000), $4) RETURNING id`,
      [values.userId, values.purpose, values.ttlMs, values.createdById],
    );
    return row.id;
  }

  /** Whether a reset link for the user was made recently (one mail per few minutes, against mail floods). */
  async recentReset(userId: string, sinceMs: number): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset'
          AND created_at > now() - make_interval(secs => $2::double precision / 1000) LIMIT 1`,
      [userId, sinceMs],
    );
    return rows.length > 0;
  }

  /** The link with this token hash, locked for the transaction, and whether it can still be used. */
  async findForRedeem(manager: EntityManager, tokenHash: string): Promise<RedeemableLink | null> {
    const rows = await manager.query(
      `SELECT t.id, t.user_id, t.purpose, u.email, u.role, u.region_id,
              (t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active) AS usable
         FROM account_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1
        FOR UPDATE OF t`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE account_tokens SET used_at = now() WHERE id = $1`, [id]);
  }

  async setPasswordHash(manager: EntityManager, userId: string, passwordHash: string): Promise<void> {
    await manager.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, passwordHash]);
  }
}
