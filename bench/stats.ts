/*
 * Benchmark of the usage statistics and the status report (not a test). Run from the project root:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/run-ts.js bench/stats.ts
 *
 * Creates a throw-away database on DATABASE_URL's server (dropped afterwards; KEEP_DB=1 keeps it),
 * migrates it and fills it with generate_series at national scale: 5 regions, 98 municipalities,
 * 10 years (2017–2026), about 1.2 million slots and 1 million bookings. Then times, for the largest
 * region (29 municipalities) and the two years 2025–2026: the statistics query per grouping, and the
 * whole status report (the four aggregations + small-cell suppression + PDF, CSV and XLSX), and the
 * PostgreSQL backend's CPU time per statement (load-independent).
 * BOOKINGS=<n> scales the data set; KEEP_DB=1 keeps the database, REUSE_DB=<name> measures a kept one again.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/database';
import {
  Grouping,
  RawUsageRow,
  renderStatusReportFiles,
  STATS_WORK_MEM,
  toUsage,
  usageSql,
} from '@app/reporting';
import { dropDatabase, ensureDatabase } from '../scripts/local/ensure-database';
import { processCpuMs } from './support/bench-platform';

const SLOTS = Math.round(Number(process.env.BOOKINGS ?? 1_000_000) / 0.85);
const FROM = '2025-01-01';
const TO = '2026-12-31';
const RUNS = 5;

// Real numbers of municipalities per region (98 in all).
const REGIONS = [
  { code: '1084', name: 'Region Hovedstaden', municipalities: 29 },
  { code: '1085', name: 'Region Sjælland', municipalities: 17 },
  { code: '1083', name: 'Region Syddanmark', municipalities: 22 },
  { code: '1082', name: 'Region Midtjylland', municipalities: 19 },
  { code: '1081', name: 'Region Nordjylland', municipalities: 11 },
];

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const reuse = process.env.REUSE_DB; // a database kept by an earlier KEEP_DB=1 run: no fill, no drop
  server.pathname = `/${reuse ?? `sparring_bench_${process.pid}`}`;
  const url = server.toString();
  if (!reuse) {
    await ensureDatabase(url);
    await runMigrations(url);
  }
  const db = new DataSource({ ...dataSourceOptions(url), entities: [] });
  await db.initialize();
  const timer = setInterval(sample, 20);
  try {
    const filled = await time(() => (reuse ? Promise.resolve() : fill(db)));
    const [{ bookings, slots }] = await db.query(
      `SELECT (SELECT count(*) FROM bookings)::int AS bookings, (SELECT count(*) FROM slots)::int AS slots`,
    );
    console.log(
      `Filled ${slots.toLocaleString('en')} slots and ${bookings.toLocaleString('en')} bookings in ${s(filled.ms)}\n`,
    );
    const [{ id: regionId }] = await db.query(`SELECT id FROM regions WHERE code = '1084'`);

    console.log(
      `Statistics, Region Hovedstaden (29 municipalities), ${FROM} – ${TO}, ${RUNS} runs after one warm-up:`,
    );
    const rows: [string, string, string, string][] = [['groupBy', 'first', 'median', 'slowest']];
    for (const grouping of ['municipality', 'cluster', 'contact', 'topic', 'month', 'quarter']) {
      const first = await time(() => usage(db, regionId, grouping));
      const runs: number[] = [];
      for (let run = 0; run < RUNS; run++) runs.push((await time(() => usage(db, regionId, grouping))).ms);
      runs.sort((a, b) => a - b);
      rows.push([grouping, ms(first.ms), ms(runs[Math.floor(RUNS / 2)]), ms(runs[RUNS - 1])]);
    }
    table(rows);
    console.log('(each is what GET /stats/usage runs: one statement, groups and totals)');

    // Wall time above depends on how many other processes wait for the 2 cores; CPU time does not.
    // With parallel workers off, the one backend does all the work, so its CPU time is the cost.
    console.log(`\nCPU time of the PostgreSQL backend per statement (parallel workers off), ${RUNS} runs:`);
    const cpuRows: [string, string, string][] = [['groupBy', 'CPU median', 'wall median']];
    for (const grouping of ['municipality', 'cluster', 'contact', 'topic', 'month', 'quarter']) {
      const cpu: number[] = [];
      const wall: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const measured = await usageCpu(db, regionId, grouping);
        cpu.push(measured.cpu);
        wall.push(measured.wall);
      }
      cpu.sort((a, b) => a - b);
      wall.sort((a, b) => a - b);
      cpuRows.push([grouping, ms(cpu[Math.floor(RUNS / 2)]), ms(wall[Math.floor(RUNS / 2)])]);
    }
    table(cpuRows);
    console.log(
      `Load average: ${loadavg()
        .map((value) => value.toFixed(1))
        .join(' / ')}`,
    );

    const report = await time(async () => {
      // as StatusReportGenerator does: one statement after the other
      const clusters = await usage(db, regionId, 'cluster');
      const municipalities = await usage(db, regionId, 'municipality');
      const topics = await usage(db, regionId, 'topic');
      const quarters = await usage(db, regionId, 'quarter');
      return renderStatusReportFiles({
        regionName: 'Region Hovedstaden',
        from: FROM,
        to: TO,
        producedOn: '2027-01-01',
        clusters: clusters.rows,
        municipalities: municipalities.rows,
        topics: topics.rows,
        quarters: quarters.rows,
        totals: municipalities.totals,
      });
    });
    const files = report.value;
    console.log(
      `Status report (4 aggregations + suppression + PDF/CSV/XLSX): ${ms(report.ms)} — PDF ${kb(files.pdf)}, CSV ${kb(files.csv)}, XLSX ${kb(files.xlsx)}`,
    );
    const plan: { 'QUERY PLAN': string }[] = await db.query(
      `EXPLAIN (ANALYZE, BUFFERS OFF) ${usageSql('municipality' as Grouping)}`,
      [regionId, FROM, TO],
    );
    if (process.env.PLAN) console.log(plan.map((line) => line['QUERY PLAN']).join('\n'));
    console.log(
      `Peak RSS of the benchmark process: ${mb(peakRss)} (${mb(process.memoryUsage().heapUsed)} heap in use at the end)`,
    );
  } finally {
    clearInterval(timer);
    await db.destroy();
    if (!process.env.KEEP_DB && !reuse) await dropDatabase(url);
  }
}

async function usage(db: DataSource, regionId: string, name: string) {
  const grouping = name as Grouping;
  // as UsageStatsRepository does
  const rows = await db.transaction(async (manager) => {
    await manager.query(`SET LOCAL work_mem = '${STATS_WORK_MEM}'`);
    return manager.query<RawUsageRow[]>(usageSql(grouping), [regionId, FROM, TO]);
  });
  return toUsage(rows);
}

/** One statement as `usage` runs it, alone on its backend: the backend's CPU time and the wall time. */
async function usageCpu(db: DataSource, regionId: string, name: string) {
  return db.transaction(async (manager) => {
    await manager.query(`SET LOCAL work_mem = '${STATS_WORK_MEM}'`);
    await manager.query(`SET LOCAL max_parallel_workers_per_gather = 0`);
    const [{ pid }] = await manager.query(`SELECT pg_backend_pid() AS pid`);
    const cpuBefore = processCpuMs(pid);
    const started = performance.now();
    await manager.query(usageSql(name as Grouping), [regionId, FROM, TO]);
    return { wall: performance.now() - started, cpu: processCpuMs(pid) - cpuBefore };
  });
}

/** The national data set, all in SQL (generate_series), nothing through Node. */
async function fill(db: DataSource): Promise<void> {
  await db.query(`SET synchronous_commit = off`);
  let number = 0;
  for (const region of REGIONS) {
    const [{ id }] = await db.query(`INSERT INTO regions (code, name) VALUES ($1, $2) RETURNING id`, [
      region.code,
      region.name,
    ]);
    await db.query(
      `INSERT INTO clusters (region_id, name) SELECT $1, 'Klynge ' || c FROM generate_series(1, 4) c`,
      [id],
    );
    await db.query(
      `INSERT INTO municipalities (code, name, region_id, cluster_id, population0to17)
       SELECT lpad((100 + $2 + m)::text, 3, '0'), 'Kommune ' || ($2 + m), $1,
              (SELECT cl.id FROM clusters cl WHERE cl.region_id = $1 ORDER BY cl.name OFFSET (m % 4) LIMIT 1),
              4000 + (m * 1237) % 60000
       FROM generate_series(1, $3) m`,
      [id, number, region.municipalities],
    );
    number += region.municipalities;
  }
  // One contact and five consultants per municipality.
  await db.query(
    `INSERT INTO users (email, name, role, region_id, municipality_id)
     SELECT 'kontakt.' || m.code || '@bench.test', 'Kontakt ' || m.name, 'contact'::user_role, m.region_id, NULL::uuid FROM municipalities m
     UNION ALL
     SELECT 'ppr' || k || '.' || m.code || '@bench.test', 'PPR ' || k || ' ' || m.name, 'consultant', m.region_id, m.id
     FROM municipalities m, generate_series(1, 5) k`,
  );
  await db.query(
    `UPDATE municipalities m SET contact_id = u.id FROM users u WHERE u.email = 'kontakt.' || m.code || '@bench.test'`,
  );
  // Slots: spread evenly over 2017–2026 per municipality, 08:00–14:00 Danish time.
  await db.query(
    `CREATE UNLOGGED TABLE bench_slots AS
     WITH mm AS (SELECT row_number() OVER (ORDER BY code) - 1 AS n, id, contact_id FROM municipalities)
     SELECT gen_random_uuid() AS id, i, mm.id AS municipality_id, mm.contact_id,
            ('2017-01-01 08:00'::timestamp AT TIME ZONE 'Europe/Copenhagen')
              + make_interval(days => floor((i / 98) * 3652.0 / ($1::int / 98))::int, hours => ((i / 98) % 4) * 2) AS starts_at
     FROM generate_series(0, $1::int - 1) i JOIN mm ON mm.n = i % 98`,
    [SLOTS],
  );
  await db.query(
    `INSERT INTO slots (id, contact_id, kind, starts_at, ends_at, capacity, status)
     SELECT id, contact_id, 'sparring', starts_at, starts_at + interval '45 minutes', 1,
            CASE WHEN i % 97 = 0 THEN 'cancelled'::slot_status ELSE 'open' END
     FROM bench_slots`,
  );
  await db.query(
    `INSERT INTO slot_offers (slot_id, municipality_id) SELECT id, municipality_id FROM bench_slots`,
  );
  // Bookings on 85 % of the slots: held 70 %, no-show 5 %, cancelled 15 % (a third late), future ones booked.
  await db.query(
    `INSERT INTO bookings (slot_id, municipality_id, consultant_id, status, topic, step, child_age_band,
                           case_summary_due_at, case_summary_submitted_at, cancelled_at, cancelled_by_id, late_cancellation,
                           outcome_attendance, outcome_recommendation, outcome_gp_participated, outcome_recorded_at, created_at)
     SELECT x.id, x.municipality_id, c.id, x.status, (enum_range(NULL::booking_topic))[1 + x.i % 12], 1 + x.i % 4, '10-13',
            x.starts_at - interval '2 days',
            CASE WHEN x.i % 5 <> 0 THEN x.starts_at - interval '3 days' + (x.i % 3) * interval '1 day' END,
            CASE WHEN x.status = 'cancelled' THEN x.starts_at - interval '1 day' END,
            CASE WHEN x.status = 'cancelled' THEN CASE WHEN x.i % 2 = 0 THEN c.id ELSE x.contact_id END END,
            x.status = 'cancelled' AND x.i % 3 = 0,
            CASE x.status WHEN 'held' THEN 'held'::booking_attendance WHEN 'no_show' THEN 'no_show'::booking_attendance END,
            CASE WHEN x.status = 'held' THEN (ARRAY['continue_municipal', 'continue_municipal', 'refer_bup', 'refer_private_specialist', 'other'])[1 + x.i % 5]::booking_recommendation END,
            CASE WHEN x.status = 'held' THEN x.i % 4 = 0 END,
            CASE WHEN x.status IN ('held', 'no_show') THEN x.starts_at + interval '1 hour' END,
            x.starts_at - (1 + x.i % 30) * interval '1 day'
     FROM (
       SELECT b.*, CASE WHEN b.starts_at > now() THEN 'booked'::booking_status
                        WHEN b.i % 20 < 14 THEN 'held' WHEN b.i % 20 = 14 THEN 'no_show' ELSE 'cancelled' END AS status
       FROM bench_slots b WHERE b.i % 20 < 17 AND b.i % 97 <> 0
     ) x
     JOIN users c ON c.email = 'ppr' || (1 + x.i % 5) || '.' || (SELECT code FROM municipalities WHERE id = x.municipality_id) || '@bench.test'`,
  );
  // A case summary for every booking whose summary was submitted (a quarter with a screening attached),
  // purged a year after the session as the retention job does: the statistics read them per booking.
  await db.query(
    `INSERT INTO case_summaries (booking_id, submitted_by_id, submitted_at, has_text, has_file, screening_attached,
                                 purged_at, purge_reason)
     SELECT b.id, b.consultant_id, b.case_summary_submitted_at, true, false, (hashtext(b.id::text) % 4 = 0),
            CASE WHEN b.session_starts_at < now() - interval '1 year' THEN b.session_starts_at + interval '1 year' END,
            CASE WHEN b.session_starts_at < now() - interval '1 year' THEN 'retention'::case_summary_purge_reason END
     FROM bookings b WHERE b.case_summary_submitted_at IS NOT NULL`,
  );
  await db.query(`DROP TABLE bench_slots`);
  await db.query(`VACUUM ANALYZE`);
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  sample();
  return { ms: performance.now() - started, value };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
const kb = (buffer: Buffer) => `${(buffer.length / 1024).toFixed(0)} KB`;

function table(rows: string[][]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows)
    console.log(
      `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')}`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
