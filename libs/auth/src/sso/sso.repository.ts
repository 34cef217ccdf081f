import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { returnedRows, updatedRows } from '@app/database';

export interface SsoSessionRow {
  session_id: string;
  name_id: string;
  name_id_format: string | null;
  session_index: string | null;
}

/** Plain data access for SAML message ids (any replica finishes a flow) and SAML sessions. */
@Injectable()
export class SsoRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores a key until it expires; false when it is already there (an id used twice). */
  async storeOnce(key: string, expiresAt: Date): Promise<boolean> {
    // Expired keys go first, so an old key can be stored again and the table stays small.
    await this.dataSource.query(`DELETE FROM saml_message_ids WHERE key = $1 AND expires_at <= now()`, [key]);
    const rows = await this.dataSource.query(
      `INSERT INTO saml_message_ids (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [key, expiresAt],
    );
    return rows.length === 1;
  }

  async storedAt(key: string): Promise<Date | null> {
    const rows: { expires_at: Date }[] = await this.dataSource.query(
      `SELECT expires_at FROM saml_message_ids WHERE key = $1 AND expires_at > now()`,
      [key],
    );
    return rows[0]?.expires_at ?? null;
  }

  async remove(key: string): Promise<boolean> {
    // A DELETE answers [rows, count]: the count says whether the key was there.
    return (
      updatedRows(await this.dataSource.query(`DELETE FROM saml_message_ids WHERE key = $1`, [key])) === 1
    );
  }

  async purgeExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM saml_message_ids WHERE expires_at <= now()`);
  }

  async recordSession(
    manager: EntityManager,
    values: {
      sessionId: string;
      providerId: string;
      nameId: string;
      nameIdFormat: string | null;
      sessionIndex: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO sso_sessions (session_id, provider_id, name_id, name_id_format, session_index)
       VALUES ($1, $2, $3, $4, $5)`,
      [values.sessionId, values.providerId, values.nameId, values.nameIdFormat, values.sessionIndex],
    );
  }

  async sessionOf(sessionId: string): Promise<(SsoSessionRow & { provider_id: string }) | null> {
    const rows = await this.dataSource.query(
      `SELECT session_id, provider_id, name_id, name_id_format, session_index FROM sso_sessions WHERE session_id = $1`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /**
   * Ends our live sessions of one SAML subject at one provider (all of them, or those of one
   * SessionIndex); returns the users whose sessions ended.
   */
  async revokeBySubject(
    providerId: string,
    nameId: string,
    sessionIndexes: string[],
  ): Promise<{ user_id: string; session_id: string }[]> {
    const result = await this.dataSource.query(
      `UPDATE auth_sessions s SET revoked_at = now(), revoked_reason = 'sso_logout'
         FROM sso_sessions x
        WHERE x.session_id = s.id AND x.provider_id = $1 AND x.name_id = $2
          AND (cardinality($3::text[]) = 0 OR x.session_index = ANY($3::text[]))
          AND s.revoked_at IS NULL
        RETURNING s.user_id, s.id AS session_id`,
      [providerId, nameId, sessionIndexes],
    );
    return returnedRows(result);
  }
}
