import { randomUUID } from 'node:crypto';
import {
  auth,
  createSlot,
  createWorld,
  bookingBody,
  setPasswordDirectly,
  unique,
  World,
} from './support/factories';
import { auditEventsAbout, bearer, signIn } from './support/identity';
import { createTestApp, TestApp } from './support/test-app';

// Two worlds and argon2 hashing in the set-up take longer than Jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

describe('Administration API (admin, own region)', () => {
  let t: TestApp;
  let w: World;
  let other: World;

  beforeAll(async () => {
    t = await createTestApp();
    [w, other] = await Promise.all([createWorld(t.db, t.http), createWorld(t.db, t.http)]);
  });
  afterAll(() => t.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `Ny.${unique(8)}@Kommune.dk`,
    name: 'Ny Konsulent',
    role: 'consultant',
    municipalityId: w.municipalityA,
    profession: 'PPR-psykolog',
    ...overrides,
  });
  const password = 'a-long-password-1';

  it('creates a user (invited, no password from the admin) who can sign in once one is set, and audits it', async () => {
    const body = newUser();
    // Admins never choose other people's passwords: the field does not exist.
    const withPassword = await t.http
      .post('/api/v1/users')
      .set(auth(w.admin))
      .send({ ...body, password })
      .expect(400);
    expect(withPassword.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'password' })],
    });
    const created = await t.http.post('/api/v1/users').set(auth(w.admin)).send(body).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      email: body.email.toLowerCase(),
      name: 'Ny Konsulent',
      role: 'consultant',
      municipalityId: w.municipalityA,
      profession: 'PPR-psykolog',
      active: true,
    });
    // Without a password nobody signs in until the invitation is used (test/sign-in.e2e-spec.ts).
    await t.http.post('/api/v1/auth/login').send({ email: body.email, password }).expect(401);
    await setPasswordDirectly(t.db, created.body.id, password);
    const session = await signIn(t.http, body.email, password);
    expect(session.user).toMatchObject({
      id: created.body.id,
      role: 'consultant',
      municipalityId: w.municipalityA,
    });
    const events = await auditEventsAbout(t.db, created.body.id);
    // Created and invited in one transaction (same timestamp, so in either order).
    expect(events.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'user.created', actor_id: w.admin.id }),
        expect.objectContaining({ action: 'user.invited', actor_id: w.admin.id }),
      ]),
    );
    expect(JSON.stringify(events)).not.toContain(password);
  });

  it('refuses a consultant without a municipality, a duplicate e-mail, and non-admins', async () => {
    const noMunicipality = await t.http
      .post('/api/v1/users')
      .set(auth(w.admin))
      .send(newUser({ municipalityId: undefined }))
      .expect(400);
    expect(noMunicipality.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        {
          field: 'municipalityId',
          message: 'Vælg kommunen: en kommunal medarbejder hører til én kommune.',
        },
      ],
    });
    await t.http
      .post('/api/v1/users')
      .set(auth(w.admin))
      .send(newUser({ municipalityId: other.municipalityA }))
      .expect(400);
    const duplicate = await t.http
      .post('/api/v1/users')
      .set(auth(w.admin))
      .send(newUser({ email: w.consultantA.email }))
      .expect(409);
    expect(duplicate.body).toMatchObject({
      code: 'CONFLICT',
      detail: 'Der findes allerede en bruger med denne e-mailadresse.',
      errors: [{ field: 'email', message: 'Der findes allerede en bruger med denne e-mailadresse.' }],
    });
    await t.http.post('/api/v1/users').set(auth(w.consultantA)).send(newUser()).expect(403);
    await t.http.get('/api/v1/users').set(auth(w.contactA)).expect(403);
  });

  it("lists only the admin's region, filtered by role and municipality", async () => {
    const all = await t.http.get('/api/v1/users').set(auth(w.admin)).expect(200);
    const ids = all.body.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([w.consultantA.id, w.contactA.id, w.admin.id]));
    expect(ids).not.toContain(other.consultantA.id);
    expect(JSON.stringify(all.body)).not.toMatch(/password/i);
    const consultantsA = await t.http
      .get(`/api/v1/users?role=consultant&municipalityId=${w.municipalityA}`)
      .set(auth(w.admin))
      .expect(200);
    expect(consultantsA.body.map((u: { id: string }) => u.id).sort()).toEqual(
      expect.arrayContaining([w.consultantA.id, w.colleagueA.id]),
    );
    expect(
      consultantsA.body.every(
        (u: { role: string; municipalityId: string }) =>
          u.role === 'consultant' && u.municipalityId === w.municipalityA,
      ),
    ).toBe(true);
  });

  it('updates a user (audited with the field names) and answers 404 outside the region', async () => {
    const created = await t.http.post('/api/v1/users').set(auth(w.admin)).send(newUser()).expect(201);
    const patched = await t.http
      .patch(`/api/v1/users/${created.body.id}`)
      .set(auth(w.admin))
      .send({ name: 'Nyt Navn', municipalityId: w.municipalityB })
      .expect(200);
    expect(patched.body).toMatchObject({ name: 'Nyt Navn', municipalityId: w.municipalityB });
    await t.http
      .patch(`/api/v1/users/${created.body.id}`)
      .set(auth(w.admin))
      .send({ role: 'contact' })
      .expect(200);
    const asContact = await t.http.get(`/api/v1/users?role=contact`).set(auth(w.admin)).expect(200);
    expect(asContact.body.find((u: { id: string }) => u.id === created.body.id)).toMatchObject({
      municipalityId: null,
    });
    await t.http
      .patch(`/api/v1/users/${other.consultantA.id}`)
      .set(auth(w.admin))
      .send({ name: 'x' })
      .expect(404);
    await t.http.patch(`/api/v1/users/${randomUUID()}`).set(auth(w.admin)).send({ name: 'x' }).expect(404);
    const events = await auditEventsAbout(t.db, created.body.id);
    expect(events.map((e) => e.action).sort()).toEqual([
      'user.created',
      'user.invited',
      'user.updated',
      'user.updated',
    ]);
    expect(events[2]).toMatchObject({ action: 'user.updated', details: { fields: 'municipalityId,name' } });
  });

  it('deactivates a user: no sign-in, earlier access and refresh tokens stop working', async () => {
    const body = newUser();
    const created = await t.http.post('/api/v1/users').set(auth(w.admin)).send(body).expect(201);
    await setPasswordDirectly(t.db, created.body.id, password);
    const session = await signIn(t.http, body.email, password);
    await t.http.get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(200);
    const deactivated = await t.http
      .post(`/api/v1/users/${created.body.id}/deactivate`)
      .set(auth(w.admin))
      .expect(200);
    expect(deactivated.body.active).toBe(false);
    await t.http.get('/api/v1/auth/me').set(bearer(session.accessToken)).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: body.email, password }).expect(401);
    await t.http.post(`/api/v1/users/${other.consultantA.id}/deactivate`).set(auth(w.admin)).expect(404);
    await t.http.post(`/api/v1/users/${w.admin.id}/deactivate`).set(auth(w.admin)).expect(409);
    expect((await auditEventsAbout(t.db, created.body.id)).map((e) => e.action)).toContain(
      'user.deactivated',
    );
  });

  it('assigns a contact and deputy without moving bookings, and checks they are active contacts of the region', async () => {
    const slotId = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const booking = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId))
      .expect(201);
    const assigned = await t.http
      .put(`/api/v1/municipalities/${w.municipalityA}/contact`)
      .set(auth(w.admin))
      .send({ contactId: w.contactB.id, deputyContactId: w.contactA.id })
      .expect(200);
    expect(assigned.body).toMatchObject({
      id: w.municipalityA,
      contactId: w.contactB.id,
      deputyContactId: w.contactA.id,
    });
    const [row] = await t.db.query(`SELECT slot_id, status FROM bookings WHERE id = $1`, [booking.body.id]);
    expect(row).toEqual({ slot_id: slotId, status: 'booked' });
    await t.http
      .put(`/api/v1/municipalities/${w.municipalityA}/contact`)
      .set(auth(w.admin))
      .send({ contactId: w.consultantA.id })
      .expect(400);
    await t.http
      .put(`/api/v1/municipalities/${w.municipalityA}/contact`)
      .set(auth(w.admin))
      .send({ contactId: other.contactA.id })
      .expect(400);
    await t.http
      .put(`/api/v1/municipalities/${w.municipalityA}/contact`)
      .set(auth(w.admin))
      .send({ contactId: w.contactB.id, deputyContactId: w.contactB.id })
      .expect(400);
    await t.http
      .put(`/api/v1/municipalities/${other.municipalityA}/contact`)
      .set(auth(w.admin))
      .send({ contactId: w.contactA.id })
      .expect(404);
    const back = await t.http
      .put(`/api/v1/municipalities/${w.municipalityA}/contact`)
      .set(auth(w.admin))
      .send({ contactId: w.contactA.id })
      .expect(200);
    expect(back.body).toMatchObject({ contactId: w.contactA.id, deputyContactId: null });
    const events = await auditEventsAbout(t.db, w.municipalityA);
    expect(events.map((e) => e.action)).toEqual([
      'municipality.contact_assigned',
      'municipality.contact_assigned',
    ]);
  });

  it('maintains the population 0–17, audited', async () => {
    const patched = await t.http
      .patch(`/api/v1/municipalities/${w.municipalityB}`)
      .set(auth(w.admin))
      .send({ population0to17: 12345 })
      .expect(200);
    expect(patched.body.population0to17).toBe(12345);
    await t.http
      .patch(`/api/v1/municipalities/${w.municipalityB}`)
      .set(auth(w.admin))
      .send({ population0to17: -1 })
      .expect(400);
    await t.http
      .patch(`/api/v1/municipalities/${w.municipalityB}`)
      .set(auth(w.consultantB))
      .send({ population0to17: 1 })
      .expect(403);
    const listed = await t.http.get('/api/v1/municipalities').set(auth(w.admin)).expect(200);
    expect(listed.body.find((m: { id: string }) => m.id === w.municipalityB).population0to17).toBe(12345);
    const events = await auditEventsAbout(t.db, w.municipalityB);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'municipality.population_updated',
        details: { population0to17: 12345, previous: null },
      }),
    ]);
  });
});
