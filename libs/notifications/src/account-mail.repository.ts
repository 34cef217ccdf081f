import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface PendingLink {
  id: string;
  purpose: 'invitation' | 'password_reset';
  expires_at: Date;
  email: string;
  name: string;
  role: string;
  /** Still worth sending: not sent, used, revoked or expired, and the user is active. */
  due: boolean;
}

/** The account data the account mails need (password links live in account_tokens, owned by auth). */
@Injectable()
export class AccountMailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The link, locked for the transaction, so a duplicate job waits and then sees it sent. */
  async lockLink(manager: EntityManager, tokenId: string): Promise<PendingLink | null> {
    const rows = await manager.query(
      `SELECT t.id, t.purpose, t.expires_at, u.email, u.name, u.role,
              (t.sent_at IS NULL AND t.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active) AS due
         FROM account_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.id = $1
        FOR UPDATE OF t`,
      [tokenId],
    );
    return rows[0] ?? null;
  }

  async markSent(manager: EntityManager, tokenId: string, tokenHash: string): Promise<void> {
    await manager.query(`UPDATE account_tokens SET token_hash = $2, sent_at = now() WHERE id = $1`, [
      tokenId,
      tokenHash,
    ]);
  }

  async activeUser(userId: string): Promise<{ email: string; name: string } | null> {
    const rows = await this.dataSource.query(`SELECT email, name FROM users WHERE id = $1 AND active`, [
      userId,
    ]);
    return rows[0] ?? null;
  }
}
