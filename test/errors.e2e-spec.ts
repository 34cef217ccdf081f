import { auth, bookingBody, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Errors and authentication (problem+json)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
  });
  afterAll(() => t.close());

  it('answers 401 UNAUTHENTICATED without a token, with a forged token, and for wrong credentials', async () => {
    for (const headers of [
      {},
      { Authorization: 'Bearer not-a-token' },
      { Authorization: `Bearer ${w.consultantA.token}x` },
    ]) {
      const response = await t.http.get('/api/v1/bookings').set(headers).expect(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        status: 401,
        code: 'UNAUTHENTICATED',
        title: expect.any(String),
        type: expect.any(String),
      });
    }
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .send({ email: w.consultantA.email, password: 'wrong' })
      .expect(401);
    expect(wrong.body.code).toBe('UNAUTHENTICATED');
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@test.dk', password: 'wrong' })
      .expect(401);
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('answers 400 VALIDATION_FAILED naming each bad field', async () => {
    const slotId = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const response = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId, { topic: 'tiredness', step: 7, gpEmail: 'not-an-email', extra: 1 }))
      .expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const fields = response.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['topic', 'step', 'gpEmail', 'extra']));
    // In Danish, naming the field in Danish (class-validator's English never reaches the user).
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'topic', message: expect.stringMatching(/^Emnet skal være en af: anxiety, /) },
        { field: 'step', message: 'Trinnet må højst være 4.' },
        { field: 'gpEmail', message: 'Lægens e-mailadresse skal være en gyldig e-mailadresse.' },
        { field: 'extra', message: 'Feltet »extra« er ikke et felt, der kan sendes med her.' },
      ]),
    );
    const empty = await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send({}).expect(400);
    expect(empty.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['slotId', 'topic', 'childAgeBand', 'question']),
    );
    expect(empty.body.errors).toContainEqual({
      field: 'question',
      message: 'Spørgsmålet skal være en tekst.',
    });
    const login = await t.http.post('/api/v1/auth/login').send({ email: 'ikke-en-adresse' }).expect(400);
    expect(login.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'E-mailadressen skal være en gyldig e-mailadresse.' },
        { field: 'password', message: 'Adgangskoden skal udfyldes.' },
      ]),
    );
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM bookings WHERE slot_id = $1`, [
      slotId,
    ]);
    expect(count).toBe(0);
  });

  it('answers 400 for malformed JSON and 404 for a malformed id', async () => {
    const malformed = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .set('Content-Type', 'application/json')
      .send('{"slotId": ')
      .expect(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
    const notUuid = await t.http.get('/api/v1/bookings/not-a-uuid').set(auth(w.consultantA)).expect(404);
    expect(notUuid.body.code).toBe('NOT_FOUND');
  });

  it('returns the signed-in user from the database', async () => {
    const me = await t.http.get('/api/v1/auth/me').set(auth(w.consultantA)).expect(200);
    expect(me.body).toEqual({
      id: w.consultantA.id,
      email: w.consultantA.email,
      name: expect.any(String),
      role: 'consultant',
      regionId: w.regionId,
      municipalityId: w.municipalityA,
      profession: null,
      // How this session was signed in (a password, no second factor).
      amr: ['pwd'],
      mfa: false,
      mfaEnabled: false,
      mfaEnrolmentRequired: false,
    });
  });

  it('refuses a token of a deactivated user', async () => {
    const [user] = await t.db.query(`SELECT id FROM users WHERE id = $1`, [w.colleagueA.id]);
    await t.db.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    await t.http.get('/api/v1/auth/me').set(auth(w.colleagueA)).expect(401);
    await t.db.query(`UPDATE users SET active = true WHERE id = $1`, [user.id]);
  });

  it('serves health checks without a token and the OpenAPI document', async () => {
    await t.http.get('/health/live').expect(200, { status: 'ok' });
    const ready = await t.http.get('/health/ready').expect(200);
    // Readiness needs only PostgreSQL; Redis and the job schedulers are in the detailed report.
    expect(Object.keys(ready.body.info)).toEqual(['database']);
    expect(ready.body.info.database.status).toBe('up');
    const details = await t.http.get('/health/details');
    expect({ ...details.body.info, ...details.body.error }).toMatchObject({
      database: { status: 'up' },
      redis: { status: 'up' },
      schedulers: { status: expect.stringMatching(/^(up|down)$/) },
    });
    const openapi = await t.http.get('/api/docs-json').expect(200);
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/bookings', '/api/v1/slots', '/api/v1/auth/login']),
    );
  });
});
