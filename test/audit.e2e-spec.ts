import { auth, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Audit log (append-only)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
  });
  afterAll(() => t.close());

  const eventsOf = (where: string, params: unknown[]) =>
    t.db.query(
      `SELECT actor_id, actor_role, action, booking_id, subject_type, subject_id, ip, details FROM audit_events WHERE ${where} ORDER BY occurred_at`,
      params,
    );

  it('records successful and failed logins with who and from where, never the password', async () => {
    await t.http
      .post('/api/v1/auth/login')
      .set('User-Agent', 'audit-test')
      .send({ email: w.consultantB.email, password: 'not-it' })
      .expect(401);
    const events = await eventsOf(`subject_id = $1 OR actor_id = $1`, [w.consultantB.id]);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'login.succeeded',
        actor_id: w.consultantB.id,
        actor_role: 'consultant',
      }),
      expect.objectContaining({
        action: 'login.failed',
        actor_id: null,
        subject_type: 'user',
        subject_id: w.consultantB.id,
        ip: expect.stringMatching(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/),
        details: { email: w.consultantB.email, reason: 'wrong_password' },
      }),
    ]);
    expect(JSON.stringify(events)).not.toContain('not-it');
  });

  it('records a cancelled slot and the bookings it cancelled', async () => {
    const slotId = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const booking = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send({
        slotId,
        topic: 'ocd',
        childAgeBand: '14-17',
        question: 'Hvordan støtter vi tvangstanker i skolen bedst muligt?',
      })
      .expect(201);
    await t.http
      .post(`/api/v1/slots/${slotId}/cancel`)
      .set(auth(w.contactA))
      .send({ reason: 'Sygdom' })
      .expect(200);
    const events = await eventsOf(`subject_id = $1 OR booking_id = $2`, [slotId, booking.body.id]);
    expect(events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['slot.cancelled', 'booking.cancelled']),
    );
    expect(JSON.stringify(events)).not.toContain('tvangstanker');
  });

  it('cannot be changed or deleted, not even by the database owner', async () => {
    await expect(t.db.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });
});
