/*
 * Benchmark of the slot list (`GET /slots`, not a test). Run from the project root:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/run-ts.js bench/slots.ts
 *
 * Creates a throw-away database (dropped afterwards), fills one region with 98 municipalities, 49
 * contacts serving two municipalities each, three slots a week per municipality for a year (~15 000
 * slots) with about 70 % booked, and times the list query of SlotsRepository — the one the api
 * runs — for a consultant (one municipality, only bookable), a contact and the region's admin.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/database';
import { SlotsRepository } from '@app/scheduling';
import { dropDatabase, ensureDatabase } from '../scripts/local/ensure-database';

const RUNS = 20;
const YEAR_MS = 365 * 24 * 3600_000;

async function fill(db: DataSource): Promise<void> {
  await db.query(`INSERT INTO regions (code, name) VALUES ('9999', 'Benchmark') `);
  await db.query(
    `INSERT INTO clusters (region_id, name) SELECT id, 'Klynge' FROM regions WHERE code = '9999'`,
  );
  await db.query(
    `INSERT INTO municipalities (code, name, region_id, cluster_id)
     SELECT lpad(n::text, 3, '0'), 'Kommune ' || n, c.region_id, c.id FROM clusters c, generate_series(1, 98) n`,
  );
  await db.query(
    `INSERT INTO users (email, name, role, region_id)
     SELECT 'kontakt' || n || '@bench.dk', 'Kontakt ' || n, 'contact', r.id FROM regions r, generate_series(1, 49) n
     WHERE r.code = '9999'`,
  );
  await db.query(
    `INSERT INTO users (email, name, role, region_id, municipality_id)
     SELECT 'ppr' || m.code || '@bench.dk', 'PPR ' || m.code, 'consultant', m.region_id, m.id FROM municipalities m`,
  );
  // Slot k of municipality n: three a week (Tue 09:00, Wed 10:00, Thu 13:00) for 52 weeks, held by contact ceil(n/2);
  // a contact's two municipalities an hour apart, as one contact's slots never overlap.
  await db.query(
    `WITH m AS (SELECT id, code::int AS n FROM municipalities),
          k AS (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE role = 'contact'),
          s AS (
            INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity)
            SELECT k.id, 'sparring', t, t + interval '45 minutes', 1
            FROM m JOIN k ON k.n = (m.n + 1) / 2,
                 generate_series(0, 51) w, unnest(ARRAY[interval '1 day 8 hours', interval '2 days 9 hours', interval '3 days 12 hours']) d,
                 LATERAL (SELECT date_trunc('week', now()) + w * interval '1 week' + d + (m.n % 2) * interval '1 hour' + m.n * interval '1 minute' AS t) x
            RETURNING id, contact_id, starts_at)
     INSERT INTO slot_offers (slot_id, municipality_id)
     SELECT s.id, m.id FROM s JOIN k ON k.id = s.contact_id JOIN m ON (m.n + 1) / 2 = k.n
       AND extract(minute FROM s.starts_at)::int = m.n % 60`,
  );
  await db.query(
    `INSERT INTO bookings (slot_id, municipality_id, consultant_id, topic, child_age_band, case_summary_due_at)
     SELECT o.slot_id, o.municipality_id, u.id, 'anxiety', '10-13', s.starts_at - interval '2 days'
     FROM slot_offers o JOIN slots s ON s.id = o.slot_id JOIN users u ON u.municipality_id = o.municipality_id
     WHERE random() < 0.7`,
  );
  await db.query('ANALYZE');
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

async function main(): Promise<void> {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  server.pathname = `/sparring_bench_slots_${process.pid}`;
  const url = server.toString();
  await ensureDatabase(url);
  await runMigrations(url);
  const db = await new DataSource({ ...dataSourceOptions(url), entities: [] }).initialize();
  try {
    await fill(db);
    const [{ slots, bookings }] = await db.query(
      `SELECT (SELECT count(*) FROM slots)::int AS slots, (SELECT count(*) FROM bookings)::int AS bookings`,
    );
    const [one] = await db.query(
      `SELECT m.id AS municipality, m.region_id AS region FROM municipalities m WHERE code = '042'`,
    );
    const [contact] = await db.query(`SELECT id FROM users WHERE email = 'kontakt21@bench.dk'`);
    const sut = new SlotsRepository(db);
    const now = new Date();
    const window = { from: now, to: new Date(now.getTime() + YEAR_MS), limit: 2000 };
    const cases: [string, () => Promise<unknown[]>][] = [
      [
        'consultant: own municipality, bookable, one year',
        () => sut.list({ ...window, offeredTo: one.municipality, bookableAfter: now }),
      ],
      ['contact: own slots, one year', () => sut.list({ ...window, contactId: contact.id })],
      ['admin: whole region, one year (first 2000)', () => sut.list({ ...window, regionId: one.region })],
    ];
    console.log(`Data: ${slots} slots, ${bookings} bookings, 98 municipalities, one year.`);
    for (const [name, run] of cases) {
      const rows = (await run()).length;
      console.log(`${name}: ${rows} rows, median ${(await median(run)).toFixed(1)} ms over ${RUNS} runs`);
    }
  } finally {
    await db.destroy();
    await dropDatabase(url);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
