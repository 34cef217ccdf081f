import { FixedClock } from '@app/common';
import { auth, bookingBody, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const localTime = (instant: string) =>
  new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));

describe('Scheduling: series, one-off slots, cancelling a slot', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2027-01-10T12:00:00Z')) });
    w = await createWorld(t.db, t.http);
  });
  afterAll(() => t.close());

  const series = (overrides: Record<string, unknown> = {}) => ({
    kind: 'sparring',
    municipalityIds: [w.municipalityA],
    weekday: 2,
    startTime: '09:00',
    intervalWeeks: 1,
    startsOn: '2027-03-16',
    endsOn: '2027-04-13',
    ...overrides,
  });
  const slotsOf = async (seriesId: string) => {
    const response = await t.http
      .get('/api/v1/slots?from=2027-01-01&to=2028-01-01')
      .set(auth(w.contactA))
      .expect(200);
    return response.body.filter((slot: { seriesId: string }) => slot.seriesId === seriesId);
  };

  it('keeps a Tuesday 09:00 series at 09:00 local across the spring change; the UTC instant moves', async () => {
    const created = await t.http.post('/api/v1/slot-series').set(auth(w.contactA)).send(series()).expect(201);
    expect(created.body).toMatchObject({
      contactId: w.contactA.id,
      weekday: 2,
      startTime: '09:00',
      slotsCreated: 5,
    });
    const slots = await slotsOf(created.body.id);
    expect(slots.map((s: { startsAt: string }) => s.startsAt)).toEqual([
      '2027-03-16T08:00:00.000Z',
      '2027-03-23T08:00:00.000Z',
      '2027-03-30T07:00:00.000Z',
      '2027-04-06T07:00:00.000Z',
      '2027-04-13T07:00:00.000Z',
    ]);
    expect(new Set(slots.map((s: { startsAt: string }) => localTime(s.startsAt)))).toEqual(
      new Set(['09.00']),
    );
  });

  it('keeps 09:00 local across the autumn change too', async () => {
    t.clock!.set(new Date('2027-09-01T12:00:00Z'));
    try {
      const created = await t.http
        .post('/api/v1/slot-series')
        .set(auth(w.contactA))
        .send(series({ startsOn: '2027-10-19', endsOn: '2027-11-09' }))
        .expect(201);
      expect((await slotsOf(created.body.id)).map((s: { startsAt: string }) => s.startsAt)).toEqual([
        '2027-10-19T07:00:00.000Z',
        '2027-10-26T07:00:00.000Z',
        '2027-11-02T08:00:00.000Z',
        '2027-11-09T08:00:00.000Z',
      ]);
    } finally {
      t.clock!.set(new Date('2027-01-10T12:00:00Z'));
    }
  });

  it('skips Danish public holidays unless the series opts in', async () => {
    const thursdays = series({ weekday: 4, startsOn: '2027-04-29', endsOn: '2027-05-13' });
    const skipping = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send(thursdays)
      .expect(201);
    expect(
      (await slotsOf(skipping.body.id)).map((s: { startsAt: string }) => s.startsAt.slice(0, 10)),
    ).toEqual(['2027-04-29', '2027-05-13']);
    const including = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send({ ...thursdays, startTime: '14:00', includePublicHolidays: true })
      .expect(201);
    expect(including.body.slotsCreated).toBe(3);
  });

  it('refuses bad series and other roles', async () => {
    const bad = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send(series({ startsOn: '2027-02-30', capacity: 3 }))
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const capacity = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send(series({ capacity: 3 }))
      .expect(400);
    expect(capacity.body.errors).toEqual([expect.objectContaining({ field: 'capacity' })]);
    await t.http.post('/api/v1/slot-series').set(auth(w.consultantA)).send(series()).expect(403);
    await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send(series({ contactId: w.contactB.id }))
      .expect(403);
    const foreign = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send(series({ municipalityIds: ['00000000-0000-4000-8000-000000000000'] }))
      .expect(400);
    expect(foreign.body.errors[0].field).toBe('municipalityIds');
  });

  it('ends a series: free future slots go, the booked one stays', async () => {
    const created = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send(series({ weekday: 1, startTime: '11:00', startsOn: '2027-02-01', endsOn: '2027-02-22' }))
      .expect(201);
    const [first] = await slotsOf(created.body.id);
    await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(first.id)).expect(201);

    await t.http.delete(`/api/v1/slot-series/${created.body.id}`).set(auth(w.contactB)).expect(404);
    const ended = await t.http
      .delete(`/api/v1/slot-series/${created.body.id}`)
      .set(auth(w.contactA))
      .expect(200);
    expect(ended.body).toMatchObject({ slotsRemoved: 3, endedAt: expect.any(String) });
    expect((await slotsOf(created.body.id)).map((s: { id: string }) => s.id)).toEqual([first.id]);
    const listed = await t.http.get('/api/v1/slot-series').set(auth(w.contactA)).expect(200);
    expect(listed.body.find((s: { id: string }) => s.id === created.body.id).endedAt).toEqual(
      expect.any(String),
    );
    const ofB = await t.http.get('/api/v1/slot-series').set(auth(w.contactB)).expect(200);
    expect(ofB.body.map((s: { id: string }) => s.id)).not.toContain(created.body.id);
  });

  it('fills a teaching slot for two municipalities with exactly its capacity under 30 concurrent bookings', async () => {
    // A contact offers times only to municipalities they serve: A becomes B's deputy first.
    await t.http
      .put(`/api/v1/municipalities/${w.municipalityB}/contact`)
      .set(auth(w.admin))
      .send({ contactId: w.contactB.id, deputyContactId: w.contactA.id })
      .expect(200);
    const slot = await t.http
      .post('/api/v1/slots')
      .set(auth(w.admin))
      .send({
        contactId: w.contactA.id,
        kind: 'teaching',
        municipalityIds: [w.municipalityA, w.municipalityB],
        startsAt: '2027-02-10T13:00:00+01:00',
        capacity: 8,
      })
      .expect(201);
    expect(slot.body).toMatchObject({
      kind: 'teaching',
      capacity: 8,
      startsAt: '2027-02-10T12:00:00.000Z',
      endsAt: '2027-02-10T12:45:00.000Z',
    });
    const consultants = [w.consultantA, w.colleagueA, w.consultantB];
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.http
          .post('/api/v1/bookings')
          .set(auth(consultants[i % 3]))
          .send(bookingBody(slot.body.id)),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(8);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(22);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM bookings WHERE slot_id = $1 AND status <> 'cancelled'`,
      [slot.body.id],
    );
    expect(count).toBe(8);
  });

  it('cancels a booked slot: its booking is cancelled and the change goes to the outbox', async () => {
    const slot = await t.http
      .post('/api/v1/slots')
      .set(auth(w.contactA))
      .send({ kind: 'sparring', municipalityIds: [w.municipalityA], startsAt: '2027-02-11T09:00:00+01:00' })
      .expect(201);
    const booking = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slot.body.id))
      .expect(201);

    await t.http
      .post(`/api/v1/slots/${slot.body.id}/cancel`)
      .set(auth(w.contactB))
      .send({ reason: 'Sygdom' })
      .expect(404);
    await t.http
      .post(`/api/v1/slots/${slot.body.id}/cancel`)
      .set(auth(w.consultantA))
      .send({ reason: 'Sygdom' })
      .expect(403);
    const cancelled = await t.http
      .post(`/api/v1/slots/${slot.body.id}/cancel`)
      .set(auth(w.contactA))
      .send({ reason: 'Sygdom' })
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', available: false, bookedCount: 0 });

    const after = await t.http
      .get(`/api/v1/bookings/${booking.body.id}`)
      .set(auth(w.consultantA))
      .expect(200);
    expect(after.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Sygdom',
      cancelledBy: { id: w.contactA.id },
      icsSequence: 1,
    });
    const outbox = await t.db.query(
      `SELECT kind, payload FROM outbox_messages WHERE payload->>'bookingId' = $1 ORDER BY created_at`,
      [booking.body.id],
    );
    expect(outbox.map((row: { kind: string }) => row.kind)).toEqual(['booking.created', 'booking.cancelled']);
    expect(outbox[1].payload).toEqual({
      bookingId: booking.body.id,
      icsSequence: 1,
      cancelledById: w.contactA.id,
    });

    await t.http
      .post(`/api/v1/slots/${slot.body.id}/cancel`)
      .set(auth(w.contactA))
      .send({ reason: 'igen' })
      .expect(409);
    await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slot.body.id))
      .expect(409);
  });
});
