import { loadConfig } from '@app/config';
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

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.db, loadConfig());
  });
  afterAll(() => t.close());

  it('seeds Region Midtjylland with its five clusters and 19 municipalities, idempotently', async () => {
    const before = await counts();
    const again = await seedDemoData(t.db, loadConfig());
    expect(again).toEqual({ created: 0, slotsCreated: 0 });
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
});
