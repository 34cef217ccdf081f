import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ContentCipher } from '@app/crypto';
import { dataSourceOptions, runMigrations } from '@app/database';
import { dropDatabase, ensureDatabase } from '../scripts/local/ensure-database';

/**
 * The data step that encrypts booking questions written before they were encrypted: on a database
 * migrated up to the schema step, with a clear-text question in it, the migration refuses to run
 * without the key (and nothing is lost), and with the key it leaves only ciphertext the api can read.
 */
jest.setTimeout(120_000);

const SCHEMA_STEP = 1795949831609; // booking-question-encryption: the clear column is still there

describe('Migration: booking questions encrypted at rest', () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/sparring_question_migration_${Date.now()}_${randomBytes(2).toString('hex')}`;
  const databaseUrl = url.toString();

  beforeAll(() => ensureDatabase(databaseUrl));
  afterAll(() => dropDatabase(databaseUrl));

  it('encrypts existing questions with CASE_SUMMARY_KEY and drops the clear column; without the key it stops', async () => {
    const folder = join(__dirname, '..', 'migrations');
    const upToSchemaStep = readdirSync(folder)
      .filter((file) => file.endsWith('.ts') && Number(file.split('-')[0]) <= SCHEMA_STEP)
      .map((file) => join(folder, file));
    const early = new DataSource({
      ...dataSourceOptions(databaseUrl),
      entities: [],
      migrations: upToSchemaStep,
    });
    await early.initialize();
    const question = 'Hvordan hjælper vi en elev med selektiv mutisme i klassen?';
    let bookingId: string;
    try {
      await early.runMigrations({ transaction: 'each' });
      const [region] = await early.query(
        `INSERT INTO regions (code, name) VALUES ('q001', 'Region Q') RETURNING id`,
      );
      const [cluster] = await early.query(
        `INSERT INTO clusters (region_id, name) VALUES ($1, 'Klynge Q') RETURNING id`,
        [region.id],
      );
      const [municipality] = await early.query(
        `INSERT INTO municipalities (code, name, region_id, cluster_id) VALUES ('q01', 'Kommune Q', $1, $2) RETURNING id`,
        [region.id, cluster.id],
      );
      const [consultant] = await early.query(
        `INSERT INTO users (email, name, role, region_id, municipality_id) VALUES ('r@q.dk', 'R', 'consultant', $1, $2) RETURNING id`,
        [region.id, municipality.id],
      );
      const [contact] = await early.query(
        `INSERT INTO users (email, name, role, region_id) VALUES ('k@q.dk', 'K', 'contact', $1) RETURNING id`,
        [region.id],
      );
      const [slot] = await early.query(
        `INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity) VALUES ($1, 'sparring', now() + interval '7 days', now() + interval '7 days 45 minutes', 1) RETURNING id`,
        [contact.id],
      );
      const [booking] = await early.query(
        `INSERT INTO bookings (slot_id, municipality_id, consultant_id, topic, child_age_band, question, case_summary_due_at)
         VALUES ($1, $2, $3, 'anxiety', '10-13', $4, now() + interval '5 days') RETURNING id`,
        [slot.id, municipality.id, consultant.id, question],
      );
      bookingId = booking.id;
    } finally {
      await early.destroy();
    }

    // Without the key: refused, and the question is still there in clear (the drop did not run).
    await expect(runMigrations(databaseUrl)).rejects.toThrow(/CASE_SUMMARY_KEY/);
    const check = new DataSource({ ...dataSourceOptions(databaseUrl), entities: [] });
    await check.initialize();
    try {
      const [kept] = await check.query(`SELECT question FROM bookings WHERE id = $1`, [bookingId]);
      expect(kept.question).toBe(question);

      const key = randomBytes(32);
      const applied = await runMigrations(databaseUrl, { caseSummaryKey: key });
      expect(applied).toEqual(expect.arrayContaining([expect.stringMatching(/^EncryptBookingQuestions/)]));
      const columns = await check.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'bookings' AND column_name LIKE 'question%'`,
      );
      expect(columns.map((c: { column_name: string }) => c.column_name).sort()).toEqual([
        'question_encrypted',
        'question_key_id',
        'question_purged_at',
      ]);
      const [row] = await check.query(
        `SELECT question_encrypted, question_key_id FROM bookings WHERE id = $1`,
        [bookingId],
      );
      expect(row.question_key_id).toBe('k1');
      expect((row.question_encrypted as Buffer).includes(Buffer.from(question))).toBe(false);
      const cipher = ContentCipher.withKeyring({ k1: key }, 'k1');
      expect(cipher.decryptText(row.question_encrypted, 'k1', { bookingId, field: 'question' })).toBe(
        question,
      );
    } finally {
      await check.destroy();
    }
  });
});
