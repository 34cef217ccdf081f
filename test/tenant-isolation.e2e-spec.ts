import { FixedClock } from '@app/common';
import { auth, bookingBody, createSlot, createWorld, TestUser, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Everything created for municipality A, tried by B's consultant, by a contact who does not serve A
 * and — for the free-text question — by the admin. Each attempt gets the contract's status and the
 * row in the database is exactly as before.
 */
jest.setTimeout(30_000);

describe('Tenant isolation matrix', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  const clock = new FixedClock(new Date());
  const QUESTION = 'Hvordan støtter vi en pige med selvskadende adfærd i udskolingen?';
  let bookingId: string;
  let pastBookingId: string;
  let slotId: string;
  let freeSlotId: string;
  let seriesId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    [w, other] = await Promise.all([createWorld(t.db, t.http), createWorld(t.db, t.http)]);
    slotId = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    freeSlotId = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsInMs: 8 * 24 * 3600_000,
    });
    const past = new Date(Date.now() + 3 * 24 * 3600_000);
    const pastSlot = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsAt: past,
    });
    bookingId = (
      await t.http
        .post('/api/v1/bookings')
        .set(auth(w.consultantA))
        .send(bookingBody(slotId, { question: QUESTION }))
        .expect(201)
    ).body.id;
    pastBookingId = (
      await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(pastSlot)).expect(201)
    ).body.id;
    const series = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send({
        kind: 'sparring',
        municipalityIds: [w.municipalityA],
        weekday: 2,
        startTime: '09:00',
        intervalWeeks: 2,
        startsOn: new Date().toISOString().slice(0, 10),
      })
      .expect(201);
    seriesId = series.body.id;
    clock.set(new Date(past.getTime() + 3600_000)); // the past booking's session has begun: outcome and rating are possible
  });
  afterAll(() => t.close());

  const snapshot = async () => ({
    bookings: await t.db.query(`SELECT * FROM bookings WHERE id = ANY($1) ORDER BY id`, [
      [bookingId, pastBookingId],
    ]),
    slots: await t.db.query(`SELECT * FROM slots WHERE id = ANY($1) OR series_id = $2 ORDER BY id`, [
      [slotId, freeSlotId],
      seriesId,
    ]),
    series: await t.db.query(`SELECT * FROM slot_series WHERE id = $1`, [seriesId]),
    users: await t.db.query(`SELECT * FROM users WHERE id = ANY($1) ORDER BY id`, [
      [w.consultantA.id, w.contactA.id],
    ]),
    municipalities: await t.db.query(`SELECT * FROM municipalities WHERE id = $1`, [w.municipalityA]),
  });

  type Attempt = [
    name: string,
    method: 'get' | 'post' | 'patch' | 'put' | 'delete',
    path: () => string,
    body?: () => object,
  ];
  const writes: Attempt[] = [
    ['cancel a booking', 'post', () => `/api/v1/bookings/${bookingId}/cancel`, () => ({ reason: 'x' })],
    [
      'reschedule a booking',
      'post',
      () => `/api/v1/bookings/${bookingId}/reschedule`,
      () => ({ slotId: freeSlotId }),
    ],
    [
      'record an outcome',
      'post',
      () => `/api/v1/bookings/${pastBookingId}/outcome`,
      () => ({ attendance: 'held', recommendation: 'none', gpParticipated: false }),
    ],
    ['rate a session', 'post', () => `/api/v1/bookings/${pastBookingId}/rating`, () => ({ value: 1 })],
  ];
  const reads: Attempt[] = [
    ['read a booking', 'get', () => `/api/v1/bookings/${bookingId}`],
    ['read the invite', 'get', () => `/api/v1/bookings/${bookingId}/invite.ics`],
  ];

  const as = (user: TestUser, [, method, path, body]: Attempt) => {
    const request = t.http[method](path()).set(auth(user));
    return body ? request.send(body()) : request;
  };

  describe.each([
    ["B's consultant", () => w.consultantB],
    ['a contact not serving A', () => w.contactB],
    ["another region's admin", () => other.admin],
  ])('%s', (_who, who) => {
    it.each([...reads, ...writes])('cannot %s (404) and nothing changes', async (...attempt) => {
      const before = await snapshot();
      const response = await as(who(), attempt as unknown as Attempt);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('NOT_FOUND');
      expect(await snapshot()).toEqual(before);
    });

    it("sees none of A's bookings, slots or series in lists", async () => {
      const bookings = await t.http.get('/api/v1/bookings').set(auth(who()));
      expect(bookings.status).toBe(200);
      expect(JSON.stringify(bookings.body)).not.toContain(bookingId);
      const slots = await t.http.get('/api/v1/slots').set(auth(who()));
      expect(slots.status).toBe(200);
      expect(JSON.stringify(slots.body)).not.toContain(slotId);
      const series = await t.http.get('/api/v1/slot-series').set(auth(who()));
      expect([200, 403]).toContain(series.status);
      expect(JSON.stringify(series.body)).not.toContain(seriesId);
    });
  });

  it.each([
    ["B's consultant", () => w.consultantB, 403],
    ['a contact not serving A', () => w.contactB, 404],
    ["another region's admin", () => other.admin, 404],
  ])("%s cannot cancel A's slot or end A's series", async (_who, who, status) => {
    const before = await snapshot();
    expect(
      (await t.http.post(`/api/v1/slots/${slotId}/cancel`).set(auth(who())).send({ reason: 'x' })).status,
    ).toBe(status);
    expect((await t.http.delete(`/api/v1/slot-series/${seriesId}`).set(auth(who()))).status).toBe(status);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["B's consultant", () => w.consultantB, 403],
    ['a contact not serving A', () => w.contactB, 403],
    ["another region's admin", () => other.admin, 404],
  ])("%s cannot change A's users or municipality", async (_who, who, status) => {
    const before = await snapshot();
    const user = who();
    expect(
      (await t.http.patch(`/api/v1/users/${w.consultantA.id}`).set(auth(user)).send({ name: 'x' })).status,
    ).toBe(status);
    expect((await t.http.post(`/api/v1/users/${w.consultantA.id}/deactivate`).set(auth(user))).status).toBe(
      status,
    );
    expect(
      (
        await t.http
          .put(`/api/v1/municipalities/${w.municipalityA}/contact`)
          .set(auth(user))
          .send({ contactId: w.contactB.id })
      ).status,
    ).toBe(status);
    expect(
      (
        await t.http
          .patch(`/api/v1/municipalities/${w.municipalityA}`)
          .set(auth(user))
          .send({ population0to17: 1 })
      ).status,
    ).toBe(status);
    expect(await snapshot()).toEqual(before);
  });

  it("lists of users and audit events never show another region's rows", async () => {
    await t.http.get('/api/v1/users').set(auth(w.consultantB)).expect(403);
    await t.http.get('/api/v1/audit-events').set(auth(w.contactB)).expect(403);
    const users = await t.http.get('/api/v1/users').set(auth(other.admin)).expect(200);
    expect(JSON.stringify(users.body)).not.toContain(w.consultantA.id);
    const events = await t.http
      .get(`/api/v1/audit-events?bookingId=${bookingId}`)
      .set(auth(other.admin))
      .expect(200);
    expect(events.body).toEqual([]);
  });

  it("the admin of A's region sees the booking but never the question", async () => {
    const one = await t.http.get(`/api/v1/bookings/${bookingId}`).set(auth(w.admin)).expect(200);
    expect(one.body.id).toBe(bookingId);
    expect(JSON.stringify(one.body)).not.toContain(QUESTION);
    const list = await t.http.get('/api/v1/bookings').set(auth(w.admin)).expect(200);
    expect(list.body.map((b: { id: string }) => b.id)).toContain(bookingId);
    expect(JSON.stringify(list.body)).not.toContain(QUESTION);
    // Control: the booking's own consultant does see it.
    const own = await t.http.get(`/api/v1/bookings/${bookingId}`).set(auth(w.consultantA)).expect(200);
    expect(own.body.question).toBe(QUESTION);
  });
});
