import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { updatedRows } from '@app/database';

export interface MfaRow {
  secret_ciphertext: Buffer;
  key_id: string;
  enabled_at: Date | null;
}

/** Plain data access for authenticators and recovery codes. */
@Injectable()
export class MfaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(userId: string, manager: EntityManager = this.dataSource.manager): Promise<MfaRow | null> {
    const rows = await manager.query(
      `SELECT secret_ciphertext, key_id, enabled_at FROM user_mfa WHERE user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  async isEnabled(userId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM user_mfa WHERE user_id = $1 AND enabled_at IS NOT NULL`,
      [userId],
    );
    return rows.length > 0;
  }

  /** A new pending secret; refused (false) when an enabled one exists. */
  async savePending(userId: string, ciphertext: Buffer, keyId: string): Promise<boolean> {
    const rows = await this.dataSource.query(
      `INSERT INTO user_mfa (user_id, secret_ciphertext, key_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET secret_ciphertext = $2, key_id = $3, created_at = now(), last_used_step = NULL
         WHERE user_mfa.enabled_at IS NULL
       RETURNING user_id`,
      [userId, ciphertext, keyId],
    );
    return rows.length > 0;
  }

  async enable(manager: EntityManager, userId: string, step: number): Promise<boolean> {
    const enabled = updatedRows(
      await manager.query(
        `UPDATE user_mfa SET enabled_at = now(), last_used_step = $2 WHERE user_id = $1 AND enabled_at IS NULL`,
        [userId, step],
      ),
    );
    return enabled > 0;
  }

  /** Accepts a code's step only if it is newer than the last accepted one (atomic: no replay race). */
  async claimStep(userId: string, step: number): Promise<boolean> {
    const claimed = updatedRows(
      await this.dataSource.query(
        `UPDATE user_mfa SET last_used_step = $2
        WHERE user_id = $1 AND enabled_at IS NOT NULL AND (last_used_step IS NULL OR last_used_step < $2)`,
        [userId, step],
      ),
    );
    return claimed > 0;
  }

  async replaceRecoveryCodes(manager: EntityManager, userId: string, hashes: string[]): Promise<void> {
    await manager.query(`DELETE FROM mfa_recovery_codes WHERE user_id = $1`, [userId]);
    await manager.query(
      `INSERT INTO mfa_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::char(64)[])`,
      [userId, hashes],
    );
  }

  /** Uses a recovery code once; false when unknown or used. */
  async useRecoveryCode(userId: string, hash: string): Promise<boolean> {
    const used = updatedRows(
      await this.dataSource.query(
        `UPDATE mfa_recovery_codes SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
        [userId, hash],
      ),
    );
    return used > 0;
  }

  async remainingRecoveryCodes(userId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return row.n;
  }

  async remove(manager: EntityManager, userId: string): Promise<boolean> {
    await manager.query(`DELETE FROM mfa_recovery_codes WHERE user_id = $1`, [userId]);
    return updatedRows(await manager.query(`DELETE FROM user_mfa WHERE user_id = $1`, [userId])) > 0;
  }
}
