import { FixedClock } from '@app/common';
import { auth, bookingBody, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Series: preview before publishing, change time, interval and end', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2027-01-10T12:00:00Z')) });
    w = await createWorld(t.db, t.http);
  });
  afterAll(() => t.close());

  // Thursdays from 4 March to 15 April 2027: Maundy Thursday (25 March) is a public holiday.
  const series = (overrides: Record<string, unknown> = {}) => ({
    kind: 'sparring',
    municipalityIds: [w.municipalityA],
    weekday: 4,
    startTime: '09:00',
    intervalWeeks: 1,
    startsOn: '2027-03-01',
    endsOn: '2027-04-15',
    ...overrides,
  });
  const openSlotTimes = async (seriesId: string): Promise<string[]> =>
    (
      await t.db.query(
        `SELECT starts_at FROM slots WHERE series_id = $1 AND status = 'open' ORDER BY starts_at`,
        [seriesId],
      )
    ).map((row: { starts_at: Date }) => row.starts_at.toISOString());

  it('previews the dates with the skipped holiday marked, and creates nothing', async () => {
    const preview = await t.http
      .post('/api/v1/slot-series/preview')
      .set(auth(w.contactA))
      .send(series())
      .expect(200);
    expect(preview.body.dates).toHaveLength(7);
    expect(preview.body.dates.filter((d: { skipped: unknown }) => d.skipped)).toEqual([
      {
        date: '2027-03-25',
        startsAt: '2027-03-25T08:00:00.000Z',
        skipped: { reason: 'public_holiday', name: 'Skærtorsdag' },
      },
    ]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM slot_series WHERE contact_id = $1`, [
      w.contactA.id,
    ]);
    expect(n).toBe(0);
    const backwards = await t.http
      .post('/api/v1/slot-series/preview')
      .set(auth(w.contactA))
      .send(series({ endsOn: '2027-02-01' }))
      .expect(400);
    expect(backwards.body.errors).toEqual([
      { field: 'endsOn', message: 'Slutdatoen må ikke ligge før startdatoen.' },
    ]);
  });

  it('reports the effect of a change first, then moves the free times and keeps the booked one', async () => {
    const created = await t.http.post('/api/v1/slot-series').set(auth(w.contactA)).send(series()).expect(201);
    const id = created.body.id;
    const before = await openSlotTimes(id);
    expect(before).toHaveLength(6);
    const booked = await t.db.query(`SELECT id FROM slots WHERE series_id = $1 ORDER BY starts_at LIMIT 1`, [
      id,
    ]);
    await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(booked[0].id))
      .expect(201);

    const dryRun = await t.http
      .patch(`/api/v1/slot-series/${id}`)
      .set(auth(w.contactA))
      .send({ startTime: '13:00', dryRun: true })
      .expect(200);
    expect(dryRun.body).toMatchObject({
      dryRun: true,
      slotsRemoved: 5,
      slotsCreated: 6,
      bookedKept: [
        { slotId: booked[0].id, startsAt: '2027-03-04T08:00:00.000Z', bookedBy: [expect.any(String)] },
      ],
      series: { startTime: '13:00' },
    });
    expect(await openSlotTimes(id)).toEqual(before);

    const changed = await t.http
      .patch(`/api/v1/slot-series/${id}`)
      .set(auth(w.contactA))
      .send({ startTime: '13:00' })
      .expect(200);
    expect(changed.body).toMatchObject({ dryRun: false, slotsRemoved: 5, slotsCreated: 6 });
    const after = await openSlotTimes(id);
    // The booked 09:00 stays; the 4 March 13:00 comes beside it; the holiday stays free of times.
    expect(after[0]).toBe('2027-03-04T08:00:00.000Z');
    expect(after.slice(1)).toEqual([
      '2027-03-04T12:00:00.000Z',
      '2027-03-11T12:00:00.000Z',
      '2027-03-18T12:00:00.000Z',
      '2027-04-01T11:00:00.000Z',
      '2027-04-08T11:00:00.000Z',
      '2027-04-15T11:00:00.000Z',
    ]);
  });

  it('an earlier end date removes the free times after it; an interval of two weeks thins them', async () => {
    const created = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send(series({ startTime: '10:00' }));
    const id = created.body.id;
    const shorter = await t.http
      .patch(`/api/v1/slot-series/${id}`)
      .set(auth(w.contactA))
      .send({ endsOn: '2027-03-18', intervalWeeks: 2 })
      .expect(200);
    expect(shorter.body).toMatchObject({ slotsRemoved: 4, slotsCreated: 0, bookedKept: [] });
    expect(await openSlotTimes(id)).toEqual(['2027-03-04T09:00:00.000Z', '2027-03-18T09:00:00.000Z']);
  });

  it('refuses a bad change in Danish, an ended series with 409, and hides others', async () => {
    const created = await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send(series({ startTime: '11:00' }));
    const id = created.body.id;
    const bad = await t.http
      .patch(`/api/v1/slot-series/${id}`)
      .set(auth(w.contactA))
      .send({ endsOn: '2026-12-01' })
      .expect(400);
    expect(bad.body.errors[0].message).toBe('Slutdatoen må ikke ligge før startdatoen.');
    await t.http
      .patch(`/api/v1/slot-series/${id}`)
      .set(auth(w.contactB))
      .send({ startTime: '12:00' })
      .expect(404);
    await t.http
      .patch(`/api/v1/slot-series/${id}`)
      .set(auth(w.consultantA))
      .send({ startTime: '12:00' })
      .expect(403);
    await t.http.delete(`/api/v1/slot-series/${id}`).set(auth(w.contactA)).expect(200);
    const ended = await t.http
      .patch(`/api/v1/slot-series/${id}`)
      .set(auth(w.contactA))
      .send({ startTime: '12:00' })
      .expect(409);
    expect(ended.body.code).toBe('CONFLICT');
  });
});
