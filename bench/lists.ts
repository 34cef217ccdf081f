/*
 * Benchmark of the two lists that grow with the years (not a test): `GET /bookings` and
 * `GET /slots?available=true`, over HTTP against the built api. Run from the project root:
 *
 *   npm run build:server
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/run-ts.js bench/lists.ts
 *
 * Creates a throw-away database (dropped afterwards; KEEP_DB=1 keeps it) with one region of 20
 * municipalities, each with ten years of history and half a year ahead: six slots a week
 * (3 276 per municipality, 65 520 in all), 85 % of the past ones booked (held, no-show, cancelled)
 * and 30 % of the coming ones — about 2 800 bookings per municipality, 56 000 in all. Then times, as a
 * consultant of one municipality, the first page of each list and a page deep into the history
 * (followed by cursor), RUNS=<n> requests each (default 300) after 20 warm-up requests.
 */
import 'reflect-metadata';
import {
  benchDatabase,
  load,
  login,
  ms,
  passwordHash,
  percentiles,
  startApi,
  timed,
} from './support/bench-platform';

const RUNS = Number(process.env.RUNS ?? 300);
const MUNICIPALITIES = 20;

async function main(): Promise<void> {
  const bench = await benchDatabase('sparring_bench_lists');
  const { db } = bench;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  try {
    const hash = await passwordHash();
    await db.query(`INSERT INTO regions (code, name) VALUES ('9998', 'Benchmark')`);
    await db.query(
      `INSERT INTO clusters (region_id, name) SELECT id, 'Klynge' FROM regions WHERE code = '9998'`,
    );
    await db.query(
      `INSERT INTO municipalities (code, name, region_id, cluster_id)
       SELECT 'b' || lpad(n::text, 2, '0'), 'Kommune ' || n, c.region_id, c.id FROM clusters c, generate_series(1, $1::int) n`,
      [MUNICIPALITIES],
    );
    await db.query(
      `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
       SELECT 'kontakt.' || m.code || '@bench.test', 'Kontakt ' || m.name, 'contact'::user_role, m.region_id, NULL::uuid, $1 FROM municipalities m
       UNION ALL
       SELECT 'ppr' || k || '.' || m.code || '@bench.test', 'PPR ' || k || ' ' || m.name, 'consultant', m.region_id, m.id, $1
       FROM municipalities m, generate_series(1, 5) k`,
      [hash],
    );
    await db.query(
      `UPDATE municipalities m SET contact_id = u.id FROM users u WHERE u.email = 'kontakt.' || m.code || '@bench.test'`,
    );
    // Six slots a week (Mon–Wed, 09:00 and 13:00 Danish time, a minute apart per municipality) from
    // ten years back to 26 weeks ahead.
    await db.query(
      `WITH s AS (
         INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity)
         SELECT m.contact_id, 'sparring', t, t + interval '45 minutes', 1
         FROM municipalities m, generate_series(-520, 25) w,
              unnest(ARRAY[0, 1, 2]) d, unnest(ARRAY[9, 13]) h,
              LATERAL (SELECT (date_trunc('week', now()) AT TIME ZONE 'Europe/Copenhagen') AS monday) x,
              LATERAL (SELECT ((x.monday + w * interval '1 week' + d * interval '1 day' + h * interval '1 hour'
                                + (substr(m.code, 2)::int) * interval '1 minute') AT TIME ZONE 'Europe/Copenhagen') AS t) y
         RETURNING id, contact_id)
       INSERT INTO slot_offers (slot_id, municipality_id)
       SELECT s.id, m.id FROM s JOIN municipalities m ON m.contact_id = s.contact_id`,
    );
    await db.query(
      `INSERT INTO bookings (slot_id, municipality_id, consultant_id, status, topic, step, child_age_band,
                             case_summary_due_at, cancelled_at, cancelled_by_id, outcome_attendance,
                             outcome_recommendation, outcome_recorded_at, created_at)
       SELECT x.id, x.municipality_id, c.id, x.status, (enum_range(NULL::booking_topic))[1 + x.r % 12], 2, '10-13',
              x.starts_at - interval '2 days',
              CASE WHEN x.status = 'cancelled' THEN x.starts_at - interval '1 day' END,
              CASE WHEN x.status = 'cancelled' THEN c.id END,
              CASE x.status WHEN 'held' THEN 'held'::booking_attendance WHEN 'no_show' THEN 'no_show'::booking_attendance END,
              CASE WHEN x.status = 'held' THEN 'continue_municipal'::booking_recommendation END,
              CASE WHEN x.status IN ('held', 'no_show') THEN x.starts_at + interval '1 hour' END,
              least(now(), x.starts_at - (1 + x.r % 30) * interval '1 day')
       FROM (
         SELECT s.id, s.starts_at, o.municipality_id, r,
                CASE WHEN s.starts_at > now() THEN 'booked'::booking_status
                     WHEN r % 20 < 14 THEN 'held' WHEN r % 20 = 14 THEN 'no_show' ELSE 'cancelled' END AS status
         FROM slots s JOIN slot_offers o ON o.slot_id = s.id,
              LATERAL (SELECT (abs(hashtext(s.id::text)) % 100) AS r) rr
         WHERE (s.starts_at <= now() AND r < 85) OR (s.starts_at > now() AND r < 30)
       ) x
       JOIN municipalities m ON m.id = x.municipality_id
       JOIN users c ON c.email = 'ppr' || (1 + x.r % 5) || '.' || m.code || '@bench.test'`,
    );
    await db.query('VACUUM ANALYZE');
    const [counts] = await db.query(
      `SELECT (SELECT count(*) FROM slots)::int AS slots, (SELECT count(*) FROM bookings)::int AS bookings,
              (SELECT count(*) FROM bookings b JOIN municipalities m ON m.id = b.municipality_id WHERE m.code = 'b01')::int AS own`,
    );
    console.log(
      `Data: ${counts.slots} slots, ${counts.bookings} bookings; the measured municipality holds ${counts.own} bookings over ten years.`,
    );

    api = await startApi(bench.url);
    const token = await login(api.baseUrl, 'ppr1.b01@bench.test');
    const headers = { authorization: `Bearer ${token}` };
    const get = (path: string) => timed(`${api!.baseUrl}/api/v1${path}`, { headers });

    // A cursor deep in the history: follow 30 pages of 50 (1 500 bookings in, years back).
    let deep = '';
    let cursor: string | null = null;
    for (let page = 0; page < 30; page++) {
      const { response }: { response: Response } = await get(
        `/bookings?limit=50${cursor ? `&cursor=${cursor}` : ''}`,
      );
      cursor = response.headers.get('x-next-cursor');
      if (!cursor) break;
      deep = cursor;
    }
    const firstSlots = await get('/slots?available=true');
    const slotCursor = firstSlots.response.headers.get('x-next-cursor');

    const cases: [string, string][] = [
      ['GET /bookings (first page, 50, upcoming first)', '/bookings'],
      ['GET /bookings (page 31, ~1 500 bookings back in history)', `/bookings?limit=50&cursor=${deep}`],
      ['GET /slots?available=true (first page, 50)', '/slots?available=true'],
      ...(slotCursor
        ? ([['GET /slots?available=true (second page)', `/slots?available=true&cursor=${slotCursor}`]] as [
            string,
            string,
          ][])
        : []),
    ];
    console.log(`\n${RUNS} sequential requests each after 20 warm-ups; load average before: ${load()}`);
    console.log('| request | rows | p50 | p95 | p99 | max |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, path] of cases) {
      for (let i = 0; i < 20; i++) await get(path);
      const samples: number[] = [];
      let rows = 0;
      for (let i = 0; i < RUNS; i++) {
        const { ms: took, response, body } = await get(path);
        if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body}`);
        rows = (JSON.parse(body) as unknown[]).length;
        samples.push(took);
      }
      const p = percentiles(samples);
      console.log(`| ${name} | ${rows} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${ms(p.max)} |`);
    }
    console.log(`load average after: ${load()}`);
  } finally {
    await api?.stop();
    await bench.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
