import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/database';
import { dropDatabase, ensureDatabase } from '../scripts/local/ensure-database';

/**
 * The migration that makes a contact's slots non-overlapping, on old data that overlaps: a future
 * free slot overlapping a booked (or older) one is closed, everything else that still overlaps —
 * history, two booked sessions — is kept as it was and marked `legacy_overlap`; afterwards the rule
 * holds for everything new. Existing bookings get their own video room ids.
 */
jest.setTimeout(120_000);

const BEFORE = 1795952912212; // sso-identity-providers: the step before the overlap rule

describe('Migration: no overlapping slots, video rooms per booking', () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/sparring_overlap_migration_${Date.now()}_${randomBytes(2).toString('hex')}`;
  const databaseUrl = url.toString();

  beforeAll(() => ensureDatabase(databaseUrl));
  afterAll(() => dropDatabase(databaseUrl));

  it('closes future free overlaps, keeps and marks the rest, then refuses new overlaps', async () => {
    const folder = join(__dirname, '..', 'migrations');
    const early = new DataSource({
      ...dataSourceOptions(databaseUrl),
      entities: [],
      migrations: readdirSync(folder)
        .filter((file) => file.endsWith('.ts') && Number(file.split('-')[0]) <= BEFORE)
        .map((file) => join(folder, file)),
    });
    await early.initialize();
    const ids: Record<string, string> = {};
    try {
      await early.runMigrations({ transaction: 'each' });
      const [region] = await early.query(
        `INSERT INTO regions (code, name) VALUES ('o001', 'Region O') RETURNING id`,
      );
      const [cluster] = await early.query(
        `INSERT INTO clusters (region_id, name) VALUES ($1, 'Klynge O') RETURNING id`,
        [region.id],
      );
      const [municipality] = await early.query(
        `INSERT INTO municipalities (code, name, region_id, cluster_id) VALUES ('o01', 'Kommune O', $1, $2) RETURNING id`,
        [region.id, cluster.id],
      );
      const [consultant] = await early.query(
        `INSERT INTO users (email, name, role, region_id, municipality_id) VALUES ('r@o.dk', 'R', 'consultant', $1, $2) RETURNING id`,
        [region.id, municipality.id],
      );
      const [contact] = await early.query(
        `INSERT INTO users (email, name, role, region_id) VALUES ('k@o.dk', 'K', 'contact', $1) RETURNING id`,
        [region.id],
      );
      // name → [start offset in minutes from now, created minutes ago, booking status or null]
      const rows: [string, number, number, string | null][] = [
        ['bookedFuture', 7 * 1440, 100, 'booked'],
        ['freeOverBooked', 7 * 1440 + 20, 200, null],
        ['olderFree', 8 * 1440, 300, null],
        ['newerFree', 8 * 1440 + 30, 50, null],
        ['pastHeldA', -7 * 1440, 9000, 'held'],
        ['pastHeldB', -7 * 1440 + 15, 9000, 'held'],
        ['bookedA', 9 * 1440, 100, 'booked'],
        ['bookedB', 9 * 1440 + 10, 100, 'booked'],
        ['alone', 10 * 1440, 100, 'booked'],
      ];
      for (const [name, startMinutes, createdMinutesAgo, status] of rows) {
        const [slot] = await early.query(
          `INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity, created_at)
           VALUES ($1, 'sparring', now() + $2 * interval '1 minute', now() + ($2 + 45) * interval '1 minute', 1,
                   now() - $3 * interval '1 minute') RETURNING id`,
          [contact.id, startMinutes, createdMinutesAgo],
        );
        ids[name] = slot.id;
        if (status)
          await early.query(
            `INSERT INTO bookings (slot_id, municipality_id, consultant_id, status, topic, child_age_band, case_summary_due_at)
             VALUES ($1, $2, $3, $4, 'anxiety', '10-13', now())`,
            [slot.id, municipality.id, consultant.id, status],
          );
      }
      ids.contact = contact.id;
    } finally {
      await early.destroy();
    }

    await runMigrations(databaseUrl);
    const db = new DataSource({ ...dataSourceOptions(databaseUrl), entities: [] });
    await db.initialize();
    try {
      const slots: { id: string; status: string; legacy_overlap: boolean; cancel_reason: string | null }[] =
        await db.query(`SELECT id, status, legacy_overlap, cancel_reason FROM slots`);
      const state = (name: string) => {
        const slot = slots.find((s) => s.id === ids[name])!;
        return slot.status === 'cancelled' ? 'closed' : slot.legacy_overlap ? 'legacy' : 'kept';
      };
      expect(
        Object.fromEntries(
          [
            'bookedFuture',
            'freeOverBooked',
            'olderFree',
            'newerFree',
            'pastHeldA',
            'pastHeldB',
            'bookedA',
            'bookedB',
            'alone',
          ].map((name) => [name, state(name)]),
        ),
      ).toEqual({
        bookedFuture: 'kept',
        freeOverBooked: 'closed',
        olderFree: 'kept',
        newerFree: 'closed',
        pastHeldA: 'legacy',
        pastHeldB: 'legacy',
        bookedA: 'legacy',
        bookedB: 'legacy',
        alone: 'kept',
      });
      expect(slots.find((s) => s.id === ids.freeOverBooked)!.cancel_reason).toContain('Overlappede');

      // The rule now holds for everything new: overlapping the kept slot is refused.
      await expect(
        db.query(
          `INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity)
           SELECT contact_id, 'sparring', starts_at + interval '10 minutes', ends_at + interval '10 minutes', 1 FROM slots WHERE id = $1`,
          [ids.alone],
        ),
      ).rejects.toThrow(/ex_slots_contact_no_overlap/);

      // Every existing booking has a room of its own.
      const rooms: { video_room_id: string }[] = await db.query(`SELECT video_room_id FROM bookings`);
      expect(rooms).toHaveLength(6);
      expect(new Set(rooms.map((r) => r.video_room_id)).size).toBe(6);
      for (const { video_room_id } of rooms) expect(Buffer.from(video_room_id, 'base64url')).toHaveLength(18);
    } finally {
      await db.destroy();
    }
  });
});
