import { MigrationInterface, QueryRunner } from 'typeorm';
import { sealField } from '../libs/crypto/src/sealed-field';
import { migrationSecrets } from '../libs/database/src/migration-secrets';

const BATCH = 500;
const KEY_ID = 'k1';

/**
 * Data step (hand-written; the schema steps around it are generated): encrypts the clear-text
 * questions of bookings made before questions were encrypted, with CASE_SUMMARY_KEY as key `k1`
 * (the same cipher and additional data as the api), and empties the clear column. It runs in the
 * migration's transaction: it either encrypts every row or changes nothing, and without the key it
 * stops before the next migration drops the clear column, so a question is never lost. Questions of
 * bookings the retention would already have emptied are encrypted too; the next purge empties them.
 */
export class EncryptBookingQuestions1795949831610 implements MigrationInterface {
  name = 'EncryptBookingQuestions1795949831610';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const [{ count }]: { count: number }[] = await queryRunner.query(
      `SELECT count(*)::int AS count FROM bookings WHERE question IS NOT NULL`,
    );
    if (count === 0) return;
    const key = migrationSecrets().caseSummaryKey;
    if (!key || key.length !== 32) {
      throw new Error(
        `${count} booking questions are stored in clear and must be encrypted: run the migration with CASE_SUMMARY_KEY set (the api's key)`,
      );
    }
    for (;;) {
      const rows: { id: string; question: string }[] = await queryRunner.query(
        `SELECT id, question FROM bookings WHERE question IS NOT NULL ORDER BY id LIMIT ${BATCH}`,
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const sealed = sealField(key, Buffer.from(row.question, 'utf8'), { bookingId: row.id, field: 'question' });
        await queryRunner.query(
          `UPDATE bookings SET question_encrypted = $2, question_key_id = $3, question = NULL WHERE id = $1`,
          [row.id, sealed, KEY_ID],
        );
      }
    }
  }

  public async down(): Promise<void> {
    // Decrypting back into clear text is deliberately not offered: the down of the generated
    // migration before this one only restores the column's shape.
  }
}
