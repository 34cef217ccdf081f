import { FixedClock } from '@app/common';
import { auth, bookingBody, createSlot, createWorld, unique, World } from './support/factories';
import { auditEventsAbout, bearer, signIn, TEST_PASSWORD } from './support/identity';
import { createTestApp, TestApp } from './support/test-app';

// Two worlds and argon2 hashing in the set-up take longer than Jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

describe('Session security', () => {
  let t: TestApp;
  let w: World;
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    t = await createTestApp({ clock });
    w = await createWorld(t.db, t.http);
  });
  afterAll(() => t.close());

  it('login answers access and refresh token; refresh rotates, and reusing a rotated token revokes the session', async () => {
    const first = await signIn(t.http, w.consultantA.email);
    expect(first).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
    });
    const second = await t.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(200);
    expect(second.body).toMatchObject({ user: { id: w.consultantA.id, role: 'consultant' } });
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    await t.http.get('/api/v1/auth/me').set(bearer(second.body.accessToken)).expect(200);

    // The old refresh token again: someone replayed it — the whole session ends.
    const reuse = await t.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.refreshToken })
      .expect(401);
    expect(reuse.body.code).toBe('UNAUTHENTICATED');
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(second.body.accessToken)).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(first.accessToken)).expect(401);
    const events = await auditEventsAbout(t.db, w.consultantA.id);
    expect(events.map((e) => e.action)).toContain('session.refresh_reused');
    // Other sessions of the same user are untouched.
    await t.http.get('/api/v1/auth/me').set(auth(w.consultantA)).expect(200);
  });

  it('logout makes the access token and the refresh token unusable at once', async () => {
    const session = await signIn(t.http, w.colleagueA.email);
    await t.http.post('/api/v1/auth/logout').set(bearer(session.accessToken)).expect(204);
    await t.http.get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: 'garbage' }).expect(401);
  });

  it('locks an address for a while after 5 failures, with the same answer for unknown addresses', async () => {
    const tryLogin = (email: string, password: string) =>
      t.http.post('/api/v1/auth/login').send({ email, password });
    for (let i = 0; i < 4; i++) expect((await tryLogin(w.contactB.email, 'wrong')).status).toBe(401);
    const locking = await tryLogin(w.contactB.email, 'wrong');
    expect(locking.status).toBe(429);
    expect(locking.body.code).toBe('RATE_LIMITED');
    // Locked: even the right password is refused.
    expect((await tryLogin(w.contactB.email, TEST_PASSWORD)).status).toBe(429);

    const unknown = `nobody.${unique(8)}@test.dk`;
    for (let i = 0; i < 4; i++) expect((await tryLogin(unknown, 'wrong')).status).toBe(401);
    const unknownLocked = await tryLogin(unknown, 'wrong');
    expect(unknownLocked.status).toBe(429);
    expect(unknownLocked.body.detail).toBe(locking.body.detail);

    // Every failure is audited, the refused right password during the lock too.
    const events = await auditEventsAbout(t.db, w.contactB.id);
    expect(events.filter((e) => e.action === 'login.failed')).toHaveLength(6);
    expect(events.filter((e) => e.action === 'login.failed').at(-1)?.details).toMatchObject({
      reason: 'locked',
    });
    expect(events.map((e) => e.action)).toContain('login.locked');

    clock.set(new Date(clock.now().getTime() + 15 * 60_000 + 1000));
    expect((await tryLogin(w.contactB.email, TEST_PASSWORD)).status).toBe(200);
    clock.set(new Date());
  });

  it('keeps helmet headers and allows cross-origin requests only from APP_URL', async () => {
    const allowed = await t.http
      .get('/api/v1/auth/me')
      .set(auth(w.admin))
      .set('Origin', 'http://localhost:3000');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(allowed.headers['x-content-type-options']).toBe('nosniff');
    const foreign = await t.http
      .get('/api/v1/auth/me')
      .set(auth(w.admin))
      .set('Origin', 'https://evil.example');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('GET /auth/config tells the web app what sign-in is offered', async () => {
    const config = await t.http.get('/api/v1/auth/config').expect(200);
    expect(config.body).toEqual({ sso: false, localLogin: true, discovery: false });
  });
});

describe('Audit log API and booking audit records', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    t = await createTestApp({ clock });
    [w, other] = await Promise.all([createWorld(t.db, t.http), createWorld(t.db, t.http)]);
  });
  afterAll(() => t.close());

  it('records booking created, rescheduled, cancelled, outcome and rating — never the question', async () => {
    const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
    const [slot1, slot2, slot3] = await Promise.all(
      [0, 1, 2].map((i) =>
        createSlot(t.db, {
          contactId: w.contactA.id,
          municipalityIds: [w.municipalityA],
          startsAt: new Date(startsAt.getTime() + i * 3600_000),
        }),
      ),
    );
    const question = 'Hvordan hjælper vi bedst en dreng med voldsom eksamensangst i 9. klasse?';
    const booking = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slot1, { question }))
      .expect(201);
    await t.http
      .post(`/api/v1/bookings/${booking.body.id}/reschedule`)
      .set(auth(w.consultantA))
      .send({ slotId: slot2 })
      .expect(200);
    const other2 = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.colleagueA))
      .send(bookingBody(slot3))
      .expect(201);
    await t.http
      .post(`/api/v1/bookings/${other2.body.id}/cancel`)
      .set(auth(w.contactA))
      .send({ reason: 'Syg' })
      .expect(200);
    clock.set(new Date(startsAt.getTime() + 2 * 3600_000));
    await t.http
      .post(`/api/v1/bookings/${booking.body.id}/outcome`)
      .set(auth(w.contactA))
      .send({ attendance: 'held', recommendation: 'continue_municipal', gpParticipated: false })
      .expect(200);
    await t.http
      .post(`/api/v1/bookings/${booking.body.id}/rating`)
      .set(auth(w.consultantA))
      .send({ value: 5 })
      .expect(200);
    clock.set(new Date());

    const events = await t.http
      .get(`/api/v1/audit-events?bookingId=${booking.body.id}`)
      .set(auth(w.admin))
      .expect(200);
    expect(events.body.map((e: { action: string }) => e.action)).toEqual([
      'booking.rated',
      'booking.outcome_recorded',
      'booking.rescheduled',
      'booking.created',
    ]);
    expect(events.body[3]).toMatchObject({
      actor: { id: w.consultantA.id, role: 'consultant' },
      bookingId: booking.body.id,
      occurredAt: expect.any(String),
    });
    const cancelled = await t.http
      .get(`/api/v1/audit-events?bookingId=${other2.body.id}`)
      .set(auth(w.admin))
      .expect(200);
    expect(cancelled.body[0]).toMatchObject({
      action: 'booking.cancelled',
      actor: { id: w.contactA.id, role: 'contact' },
    });
    const everything = await t.db.query(`SELECT details FROM audit_events WHERE booking_id = ANY($1)`, [
      [booking.body.id, other2.body.id],
    ]);
    expect(JSON.stringify(everything)).not.toContain('eksamensangst');
  });

  it('is for admins only, of their own region, filterable by actor and time, newest first, paged', async () => {
    await t.http.get('/api/v1/audit-events').set(auth(w.consultantA)).expect(403);
    await t.http.get('/api/v1/audit-events').set(auth(w.contactA)).expect(403);
    const mine = await t.http
      .get(`/api/v1/audit-events?actorId=${w.consultantA.id}`)
      .set(auth(w.admin))
      .expect(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((e: { actor: { id: string } }) => e.actor.id === w.consultantA.id)).toBe(true);
    const times = mine.body.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const foreign = await t.http
      .get(`/api/v1/audit-events?actorId=${w.consultantA.id}`)
      .set(auth(other.admin))
      .expect(200);
    expect(foreign.body).toEqual([]);
    const page = await t.http
      .get(`/api/v1/audit-events?limit=1&offset=1&actorId=${w.consultantA.id}`)
      .set(auth(w.admin))
      .expect(200);
    expect(page.body).toEqual([mine.body[1]]);
    const future = await t.http.get(`/api/v1/audit-events?from=2999-01-01`).set(auth(w.admin)).expect(200);
    expect(future.body).toEqual([]);
    await t.http.get('/api/v1/audit-events?limit=100000').set(auth(w.admin)).expect(400);
  });
});

describe('API rate limit (Redis, across replicas)', () => {
  let replicas: TestApp[];
  const saved = { max: process.env.RATE_LIMIT_MAX, prefix: process.env.QUEUE_PREFIX };

  beforeAll(async () => {
    process.env.RATE_LIMIT_MAX = '6';
    process.env.QUEUE_PREFIX = `${saved.prefix}-rl-${unique()}`;
    replicas = [await createTestApp(), await createTestApp()];
  });
  afterAll(async () => {
    process.env.RATE_LIMIT_MAX = saved.max;
    process.env.QUEUE_PREFIX = saved.prefix;
    await Promise.all(replicas.map((r) => r.close()));
  });

  it('counts requests of one client over both replicas and answers 429 problem+json RATE_LIMITED', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await replicas[i % 2].http.get('/api/v1/auth/config')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    const limited = await replicas[0].http.get('/api/v1/auth/config');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.headers['retry-after']).toBeDefined();
    await replicas[1].http.get('/health/live').expect(200);
  });
});
