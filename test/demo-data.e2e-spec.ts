import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { generateHistory } from '../scripts/seed/demo-history';
import { seedDemoData } from '../scripts/seed/seed-demo-data';
import { DEMO_ACCOUNTS } from '../scripts/seed/demo-organisation';
import { bookingBody, login } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const COUNTED_TABLES = [
  'regions',
  'clusters',
  'municipalities',
  'departments',
  'users',
  'slot_series',
  'slots',
  'slot_offers',
];

describe('Demo data (DEMO_DATA=true) and the demo accounts', () => {
  let t: TestApp;
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        COUNTED_TABLES.map(async (table) => [
          table,
          (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n,
        ]),
      ),
    );

  let first: Awaited<ReturnType<typeof seedDemoData>>;
  let seedMs: number;
  beforeAll(async () => {
    t = await createTestApp();
    const started = Date.now();
    first = await seedDemoData(t.db, loadConfig());
    seedMs = Date.now() - started;
  });
  afterAll(() => t.close());

  it('seeds Region Midtjylland with its five clusters and 19 municipalities, idempotently', async () => {
    const before = await counts();
    const again = await seedDemoData(t.db, loadConfig());
    expect(again).toEqual({ created: 0, slotsCreated: 0, historyBookings: 0 });
    expect(await counts()).toEqual(before);

    const municipalities = await t.db.query(
      `SELECT m.code, c.name AS cluster FROM municipalities m JOIN clusters c ON c.id = m.cluster_id
       JOIN regions r ON r.id = m.region_id WHERE r.code = '1082' ORDER BY m.code`,
    );
    expect(municipalities).toHaveLength(19);
    expect(new Set(municipalities.map((m: { cluster: string }) => m.cluster)).size).toBe(5);
    expect(municipalities.find((m: { code: string }) => m.code === '751')).toEqual({
      code: '751',
      cluster: 'Aarhusklyngen',
    });
  });

  it('lets every demo account log in with the demo password and its role', async () => {
    for (const account of DEMO_ACCOUNTS) {
      const response = await t.http
        .post('/api/v1/auth/login')
        .send({ email: account.email, password: 'sparring-demo' })
        .expect(200);
      expect(response.body).toMatchObject({
        accessToken: expect.any(String),
        expiresIn: expect.any(Number),
        user: { email: account.email, role: account.role },
      });
    }
  });

  it('gives ppr.aarhus weekly slots of the Aarhus contact to book, invisible to ppr.randers', async () => {
    const aarhus = await login(t.http, 'ppr.aarhus@sparring.test', 'sparring-demo');
    const randers = await login(t.http, 'ppr.randers@sparring.test', 'sparring-demo');
    const slots = await t.http
      .get('/api/v1/slots?available=true')
      .set('Authorization', `Bearer ${aarhus}`)
      .expect(200);
    expect(slots.body.length).toBeGreaterThan(20);
    expect(new Set(slots.body.map((s: { contact: { name: string } }) => s.contact.name))).toEqual(
      new Set(['Karen Kontakt']),
    );
    const local = new Intl.DateTimeFormat('da-DK', {
      timeZone: 'Europe/Copenhagen',
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(new Set(slots.body.map((s: { startsAt: string }) => local.format(new Date(s.startsAt))))).toEqual(
      new Set(['09.00', '13.00']),
    );

    const slot = slots.body[slots.body.length - 1];
    const booked = await t.http
      .post('/api/v1/bookings')
      .set('Authorization', `Bearer ${aarhus}`)
      .send(bookingBody(slot.id))
      .expect(201);
    await t.http
      .get(`/api/v1/bookings/${booked.body.id}`)
      .set('Authorization', `Bearer ${randers}`)
      .expect(404);
    const randersSlots = await t.http
      .get('/api/v1/slots')
      .set('Authorization', `Bearer ${randers}`)
      .expect(200);
    expect(randersSlots.body.map((s: { id: string }) => s.id)).not.toContain(slot.id);
    await t.http
      .post(`/api/v1/bookings/${booked.body.id}/cancel`)
      .set('Authorization', `Bearer ${aarhus}`)
      .send({})
      .expect(200);
  });

  it('gives no contact two overlapping slots (the database rule holds for the demo data as it is)', async () => {
    const [{ overlaps, legacy }] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM slots a JOIN slots b ON a.contact_id = b.contact_id AND a.id < b.id
                 AND a.status <> 'cancelled' AND b.status <> 'cancelled'
                 AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) AS overlaps,
              (SELECT count(*)::int FROM slots WHERE legacy_overlap) AS legacy`,
    );
    expect({ overlaps, legacy }).toEqual({ overlaps: 0, legacy: 0 });
  });

  it('has two years of past sessions in all 19 municipalities, with outcomes, ratings, cancellations and populations', async () => {
    expect(first.historyBookings).toBeGreaterThan(800);
    // Fast enough for `npm start` (bulk inserts): generous bound for a busy CI machine.
    expect(seedMs).toBeLessThan(30_000);
    const [summary] = await t.db.query(
      `SELECT count(DISTINCT b.municipality_id)::int AS municipalities,
              count(*) FILTER (WHERE b.status = 'held')::int AS held,
              count(*) FILTER (WHERE b.status = 'no_show')::int AS no_shows,
              count(*) FILTER (WHERE b.status = 'cancelled' AND b.late_cancellation)::int AS late,
              count(*) FILTER (WHERE b.status = 'cancelled' AND NOT b.late_cancellation)::int AS cancelled,
              count(*) FILTER (WHERE b.rating_value IS NOT NULL)::int AS rated,
              min(s.starts_at) AS first, max(s.ends_at) AS last
         FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE s.video_url LIKE '%/historik/%'`,
    );
    expect(summary.municipalities).toBe(19);
    for (const key of ['held', 'no_shows', 'late', 'cancelled', 'rated'])
      expect(summary[key]).toBeGreaterThan(10);
    expect(summary.last.getTime()).toBeLessThan(Date.now());
    expect(Date.now() - summary.first.getTime()).toBeGreaterThan(700 * 24 * 3600_000);
    const [populations] = await t.db.query(
      `SELECT count(*)::int AS n FROM municipalities m JOIN regions r ON r.id = m.region_id
        WHERE r.code = '1082' AND m.population0to17 IS NOT NULL AND m.contact_id IS NOT NULL`,
    );
    expect(populations.n).toBe(19);

    // What the admin's statistics show for the last two years.
    const admin = await login(t.http, 'admin@sparring.test', 'sparring-demo');
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 730 * 24 * 3600_000).toISOString().slice(0, 10);
    const stats = await t.http
      .get(`/api/v1/stats/usage?from=${from}&to=${to}&groupBy=municipality`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(stats.body.rows).toHaveLength(19);
    expect(stats.body.totals.held).toBeGreaterThan(500);
    expect(stats.body.totals.noShow).toBeGreaterThan(0);
    expect(stats.body.totals.lateCancelled).toBeGreaterThan(0);
    for (const row of stats.body.rows) expect(row.sessionsPer1000Children).not.toBeNull();
  });

  it("runs the README's booking example as it is: it books the first free slot", async () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const block = /Booking through the API[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toContain('curl');
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const script = block!.replaceAll('localhost:3000', `127.0.0.1:${port}`);
    // Asynchronously: the api answering curl runs in this very process.
    const run = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], { timeout: 30_000 });
    expect(run.stderr).toBe('');
    const booking = JSON.parse(run.stdout);
    expect(booking).toMatchObject({
      status: 'booked',
      topic: 'adhd',
      consultant: { name: 'Pia PPR Aarhus' },
    });
    const aarhus = await login(t.http, 'ppr.aarhus@sparring.test', 'sparring-demo');
    const mine = await t.http.get(`/api/v1/bookings/${booking.id}`).set('Authorization', `Bearer ${aarhus}`);
    expect(mine.status).toBe(200);
  });

  it('generates the same history for the same day (seeded, not random)', () => {
    const input = {
      municipalities: [{ id: 'm', code: '751', population0to17: 69_000, contactId: 'c', consultantId: 'k' }],
      now: new Date('2027-03-01T12:00:00Z'),
      slotDurationMs: 45 * 60_000,
      dueAt: (startsAt: Date) => new Date(startsAt.getTime() - 48 * 3600_000),
    };
    expect(generateHistory(input)).toEqual(generateHistory(input));
  });
});
