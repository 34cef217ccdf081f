/*
 * Benchmark of `POST /bookings` under a steady load while the worker sends the mails on the same
 * machine (not a test). Run from the project root:
 *
 *   npm run build:server
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/run-ts.js bench/booking-load.ts
 *
 * Starts the built api and worker as child processes on a throw-away database (dropped afterwards),
 * with an SMTP catcher in this process, and books RATE=<n> bookings a second (default 30) for
 * SECONDS=<n> (default 30), open loop: each request starts on schedule whether or not the earlier
 * ones have answered, by 200 consultants of 10 municipalities on distinct free slots, each booking
 * with a GP and two participants (five mails). Prints the latency percentiles and how many mails the
 * worker delivered while the load ran.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { startSmtpCatcher } from '../test/support/smtp-catcher';
import {
  backendCpu,
  backendCpuBetween,
  benchDatabase,
  load,
  login,
  ms,
  passwordHash,
  percentiles,
  startApi,
} from './support/bench-platform';

const RATE = Number(process.env.RATE ?? 30);
const SECONDS = Number(process.env.SECONDS ?? 30);
const MUNICIPALITIES = 10;
const CONSULTANTS = 20; // per municipality

async function main(): Promise<void> {
  const total = RATE * SECONDS;
  const bench = await benchDatabase('sparring_bench_booking');
  const { db } = bench;
  const smtp = await startSmtpCatcher();
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  try {
    const hash = await passwordHash();
    await db.query(`INSERT INTO regions (code, name) VALUES ('9997', 'Benchmark')`);
    await db.query(
      `INSERT INTO clusters (region_id, name) SELECT id, 'Klynge' FROM regions WHERE code = '9997'`,
    );
    await db.query(
      `INSERT INTO municipalities (code, name, region_id, cluster_id)
       SELECT 'l' || lpad(n::text, 2, '0'), 'Kommune ' || n, c.region_id, c.id FROM clusters c, generate_series(1, $1::int) n`,
      [MUNICIPALITIES],
    );
    await db.query(
      `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
       SELECT 'kontakt.' || m.code || '@bench.test', 'Kontakt ' || m.name, 'contact'::user_role, m.region_id, NULL::uuid, $1 FROM municipalities m
       UNION ALL
       SELECT 'ppr' || k || '.' || m.code || '@bench.test', 'PPR ' || k || ' ' || m.name, 'consultant', m.region_id, m.id, $1
       FROM municipalities m, generate_series(1, $2::int) k`,
      [hash, CONSULTANTS],
    );
    await db.query(
      `UPDATE municipalities m SET contact_id = u.id FROM users u WHERE u.email = 'kontakt.' || m.code || '@bench.test'`,
    );
    // Enough free slots from 3 days ahead for every request: 16 a day per contact, back to back (45 minutes).
    const perMunicipality = Math.ceil(total / MUNICIPALITIES);
    await db.query(
      `WITH s AS (
         INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity)
         SELECT m.contact_id, 'sparring', t, t + interval '45 minutes', 1
         FROM municipalities m, generate_series(0, $1::int - 1) k,
              LATERAL (SELECT date_trunc('day', now()) + interval '3 days 7 hours' + (k / 16) * interval '1 day'
                              + (k % 16) * interval '45 minutes' AS t) x
         RETURNING id, contact_id)
       INSERT INTO slot_offers (slot_id, municipality_id) SELECT s.id, m.id FROM s JOIN municipalities m ON m.contact_id = s.contact_id`,
      [perMunicipality],
    );
    await db.query('VACUUM ANALYZE');
    const slots: { id: string; code: string }[] = await db.query(
      `SELECT s.id, m.code FROM slots s JOIN slot_offers o ON o.slot_id = s.id JOIN municipalities m ON m.id = o.municipality_id
       ORDER BY m.code, s.starts_at`,
    );

    api = await startApi(bench.url, { smtpUrl: smtp.url });
    const baseUrl = api.baseUrl;
    const tokens = new Map<string, string>();
    const emails: string[] = [];
    for (let m = 1; m <= MUNICIPALITIES; m++)
      for (let k = 1; k <= CONSULTANTS; k++) emails.push(`ppr${k}.l${String(m).padStart(2, '0')}@bench.test`);
    for (let i = 0; i < emails.length; i += 4)
      await Promise.all(
        emails.slice(i, i + 4).map(async (email) => tokens.set(email, await login(baseUrl, email))),
      );

    // Request i: municipality i % 10, its next free slot, one of its consultants in turn.
    const byMunicipality = new Map<string, string[]>();
    for (const slot of slots)
      byMunicipality.set(slot.code, [...(byMunicipality.get(slot.code) ?? []), slot.id]);
    const plan = Array.from({ length: total }, (_, i) => {
      const code = `l${String((i % MUNICIPALITIES) + 1).padStart(2, '0')}`;
      const slotId = byMunicipality.get(code)!.shift()!;
      const email = `ppr${(Math.floor(i / MUNICIPALITIES) % CONSULTANTS) + 1}.${code}@bench.test`;
      return { slotId, token: tokens.get(email)! };
    });

    console.log(`Load average before: ${load()}`);
    const cpuBefore = api.cpu();
    const postgresBefore = await backendCpu(db);
    const latencies: number[] = [];
    const failures: string[] = [];
    const start = performance.now();
    const mailsBefore = smtp.mails.length;
    await Promise.all(
      plan.map(
        ({ slotId, token }, i) =>
          new Promise<void>((resolve) => {
            setTimeout(
              async () => {
                const began = performance.now();
                try {
                  const response = await fetch(`${baseUrl}/api/v1/bookings`, {
                    method: 'POST',
                    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
                    body: JSON.stringify({
                      slotId,
                      topic: 'anxiety',
                      step: 2,
                      childAgeBand: '10-13',
                      question: 'Hvordan kan skolen støtte en elev med angst og stigende skolefravær?',
                      gpEmail: `laege${i}@klinik.test`,
                      participantEmails: [`a${i}@kommune.test`, `b${i}@kommune.test`],
                    }),
                  });
                  await response.text();
                  if (response.status !== 201) failures.push(String(response.status));
                } catch (error) {
                  failures.push((error as Error).message);
                }
                latencies.push(performance.now() - began);
                resolve();
              },
              Math.max(0, start + (i * 1000) / RATE - performance.now()),
            );
          }),
      ),
    );
    const elapsed = (performance.now() - start) / 1000;
    const mailsDuring = smtp.mails.length - mailsBefore;
    const loadDuring = load();
    const cpuDuring = api.cpu();
    const postgresDuring = backendCpuBetween(postgresBefore, await backendCpu(db));
    // The latencies first: the wait for the mails below can take minutes on a busy machine.
    const p = percentiles(latencies);
    console.log(
      `POST /bookings: ${total} requests at ${RATE}/s over ${elapsed.toFixed(1)} s, ${failures.length} failed ${failures.length ? `(${[...new Set(failures)].join(', ')})` : ''}`,
    );
    console.log(
      `| p50 | p95 | p99 | max |\n|---|---|---|---|\n| ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${ms(p.max)} |`,
    );
    // Let the worker finish, to report how far behind the mails were.
    const expected = total * 5;
    const deadline = Date.now() + 300_000;
    while (smtp.mails.length - mailsBefore < expected && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 1000));
    const drained = (performance.now() - start) / 1000;

    console.log(
      `Mails delivered by the worker while the load ran: ${mailsDuring}; all ${smtp.mails.length - mailsBefore} of ${expected} after ${drained.toFixed(0)} s`,
    );
    console.log(`Load average at the end of the load: ${loadDuring}`);
    // CPU time does not depend on how many other processes wait for the cores: what each request and
    // each mail cost the api and the worker themselves.
    const cpuAfter = api.cpu();
    const apiMs = cpuDuring.api - cpuBefore.api;
    const workerDuring = (cpuDuring.worker ?? NaN) - (cpuBefore.worker ?? NaN);
    const workerAll = (cpuAfter.worker ?? NaN) - (cpuBefore.worker ?? NaN);
    const mails = smtp.mails.length - mailsBefore;
    console.log(
      `CPU time: api ${(apiMs / 1000).toFixed(1)} s during the load (${(apiMs / total).toFixed(1)} ms per booking); ` +
        `worker ${(workerDuring / 1000).toFixed(1)} s during the load, ${(workerAll / 1000).toFixed(1)} s until the end ` +
        `(${(workerAll / Math.max(1, mails)).toFixed(1)} ms per mail delivered); PostgreSQL backends ` +
        `${(postgresDuring / 1000).toFixed(1)} s during the load (api and worker together)`,
    );
  } finally {
    await api?.stop();
    await smtp.stop();
    await bench.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
