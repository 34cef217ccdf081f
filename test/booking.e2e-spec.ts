import { auth, bookingBody, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Booking core (HTTP, real Postgres)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
  });
  afterAll(() => t.close());

  const slotOfA = (options: { startsInMs?: number; capacity?: number; kind?: string } = {}) =>
    createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA], ...options });

  it('lists the free slots of the consultant’s own municipality, sorted by start', async () => {
    const later = await slotOfA({ startsInMs: 9 * 24 * 3600_000 });
    const sooner = await slotOfA({ startsInMs: 8 * 24 * 3600_000 });
    const response = await t.http.get('/api/v1/slots?available=true').set(auth(w.consultantA)).expect(200);
    const ids = response.body.map((slot: { id: string }) => slot.id);
    expect(ids.indexOf(sooner)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(sooner)).toBeLessThan(ids.indexOf(later));
    const slot = response.body.find((s: { id: string }) => s.id === sooner);
    expect(slot).toMatchObject({
      kind: 'sparring',
      contact: { id: w.contactA.id },
      municipalityIds: [w.municipalityA],
      capacity: 1,
      bookedCount: 0,
      available: true,
      status: 'open',
      seriesId: null,
    });
    expect(new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()).toBe(45 * 60_000);
  });

  it('books a slot, shows the booking to its municipality and hides it from another', async () => {
    const slotId = await slotOfA();
    const created = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(
        bookingBody(slotId, {
          gpEmail: 'Laege@Klinik.dk',
          participantEmails: ['a@x.dk', 'A@x.dk', 'laege@klinik.dk'],
        }),
      )
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'booked',
      slot: { id: slotId, bookedCount: 1, available: false },
      municipalityId: w.municipalityA,
      consultant: { id: w.consultantA.id },
      contact: { id: w.contactA.id },
      topic: 'anxiety',
      step: 2,
      childAgeBand: '10-13',
      gpEmail: 'laege@klinik.dk',
      participantEmails: ['a@x.dk'],
      caseSummary: { submitted: false, submittedAt: null },
      outcome: null,
      cancelledAt: null,
      icsSequence: 0,
    });
    const id = created.body.id;

    await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.colleagueA)).expect(200);
    await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.contactA)).expect(200);
    const other = await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.consultantB)).expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.contactB)).expect(404);

    const listB = await t.http.get('/api/v1/bookings').set(auth(w.consultantB)).expect(200);
    expect(listB.body.map((b: { id: string }) => b.id)).not.toContain(id);
    const listA = await t.http.get('/api/v1/bookings').set(auth(w.colleagueA)).expect(200);
    expect(listA.body.map((b: { id: string }) => b.id)).toContain(id);

    const asAdmin = await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.admin)).expect(200);
    expect(asAdmin.body).not.toHaveProperty('question');

    const outbox = await t.db.query(
      `SELECT kind, payload FROM outbox_messages WHERE payload->>'bookingId' = $1`,
      [id],
    );
    expect(outbox).toEqual([{ kind: 'booking.created', payload: { bookingId: id, icsSequence: 0 } }]);
  });

  it('never shows or books a slot of another municipality (404)', async () => {
    const slotId = await slotOfA();
    const slotsB = await t.http.get('/api/v1/slots').set(auth(w.consultantB)).expect(200);
    expect(slotsB.body.map((s: { id: string }) => s.id)).not.toContain(slotId);
    const filtered = await t.http
      .get(`/api/v1/slots?municipalityId=${w.municipalityA}`)
      .set(auth(w.consultantB))
      .expect(200);
    expect(filtered.body).toEqual([]);
    const response = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantB))
      .send(bookingBody(slotId))
      .expect(404);
    expect(response.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM bookings WHERE slot_id = $1`, [
      slotId,
    ]);
    expect(count).toBe(0);
  });

  it('50 concurrent bookings of one slot: exactly one 201, 49 × 409, one active booking', async () => {
    const slotId = await slotOfA();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.http
          .post('/api/v1/bookings')
          .set(auth(i % 2 ? w.consultantA : w.colleagueA))
          .send(bookingBody(slotId)),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === 'SLOT_UNAVAILABLE')).toBe(
      true,
    );
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM bookings WHERE slot_id = $1 AND status <> 'cancelled'`,
      [slotId],
    );
    expect(count).toBe(1);
  });

  it('cancel frees the slot for a new booking, and cancelling twice is a conflict', async () => {
    const slotId = await slotOfA();
    const { body: booking } = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId))
      .expect(201);
    await t.http.post('/api/v1/bookings').set(auth(w.colleagueA)).send(bookingBody(slotId)).expect(409);

    await t.http.post(`/api/v1/bookings/${booking.id}/cancel`).set(auth(w.consultantB)).send({}).expect(404);
    const cancelled = await t.http
      .post(`/api/v1/bookings/${booking.id}/cancel`)
      .set(auth(w.colleagueA))
      .send({ reason: 'Sagen er løst' })
      .expect(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelledBy: { id: w.colleagueA.id },
      cancelReason: 'Sagen er løst',
      lateCancellation: false,
      icsSequence: 1,
    });
    expect(cancelled.body.cancelledAt).toEqual(expect.any(String));

    const again = await t.http
      .post(`/api/v1/bookings/${booking.id}/cancel`)
      .set(auth(w.consultantA))
      .send({})
      .expect(409);
    expect(again.body.code).toBe('CONFLICT');

    const slots = await t.http.get('/api/v1/slots?available=true').set(auth(w.consultantA)).expect(200);
    expect(slots.body.find((s: { id: string }) => s.id === slotId)).toMatchObject({
      bookedCount: 0,
      available: true,
    });
    await t.http.post('/api/v1/bookings').set(auth(w.colleagueA)).send(bookingBody(slotId)).expect(201);

    const kinds = await t.db.query(
      `SELECT kind FROM outbox_messages WHERE payload->>'bookingId' = $1 ORDER BY created_at`,
      [booking.id],
    );
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual(['booking.created', 'booking.cancelled']);
  });

  it('refuses a slot that starts within the closing time (422 BOOKING_CLOSED)', async () => {
    const slotId = await slotOfA({ startsInMs: 3 * 3600_000 });
    const response = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId))
      .expect(422);
    expect(response.body.code).toBe('BOOKING_CLOSED');
    const slots = await t.http.get('/api/v1/slots?available=true').set(auth(w.consultantA)).expect(200);
    expect(slots.body.map((s: { id: string }) => s.id)).not.toContain(slotId);
  });

  it('refuses a cancelled slot (409 SLOT_UNAVAILABLE)', async () => {
    const slotId = await slotOfA();
    await t.db.query(`UPDATE slots SET status = 'cancelled' WHERE id = $1`, [slotId]);
    const response = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId))
      .expect(409);
    expect(response.body.code).toBe('SLOT_UNAVAILABLE');
  });

  it('refuses a question with identifying data (422 NOT_ANONYMOUS with findings) and stores nothing', async () => {
    const slotId = await slotOfA();
    const question = 'Drengen har CPR 010315-1234 og bor på Vestergade 12, 2. tv. Hvad gør vi?';
    const response = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId, { question }))
      .expect(422);
    expect(response.body.code).toBe('NOT_ANONYMOUS');
    const types = response.body.findings.map((f: { type: string }) => f.type);
    expect(types).toEqual(expect.arrayContaining(['cpr', 'address']));
    const cpr = response.body.findings.find((f: { type: string }) => f.type === 'cpr');
    expect(question.slice(cpr.start, cpr.end)).toBe('010315-1234');
    expect(JSON.stringify(response.body)).not.toContain('010315-1234');
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM bookings WHERE slot_id = $1`, [
      slotId,
    ]);
    expect(count).toBe(0);
  });

  it('only consultants book (403 FORBIDDEN for a contact)', async () => {
    const slotId = await slotOfA();
    const response = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.contactA))
      .send(bookingBody(slotId))
      .expect(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });

  it('fills a teaching slot up to its capacity and no further', async () => {
    const slotId = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA, w.municipalityB],
      capacity: 3,
      kind: 'teaching',
    });
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.http
          .post('/api/v1/bookings')
          .set(auth([w.consultantA, w.colleagueA, w.consultantB][i % 3]))
          .send(bookingBody(slotId)),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(5);
  });
});
