import { FixedClock } from '@app/common';
import { auth, bookingBody, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

// Before createTestApp: this spec tests the window in which an absence's messages wait.
process.env.ABSENCE_UNDO_WINDOW = '10m';

describe('Absences: preview, list and undo while nobody has been told', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp({ clock: new FixedClock(new Date('2027-01-10T12:00:00Z')) });
    w = await createWorld(t.db, t.http);
    await t.db.query(`UPDATE municipalities SET deputy_contact_id = $1 WHERE id = $2`, [
      w.contactB.id,
      w.municipalityA,
    ]);
  });
  afterAll(() => t.close());

  const slotOf = (startsAt: string, municipalityIds: string[]) =>
    createSlot(t.db, { contactId: w.contactA.id, municipalityIds, startsAt: new Date(startsAt) });
  const slotState = async (id: string) =>
    (await t.db.query(`SELECT contact_id, status FROM slots WHERE id = $1`, [id]))[0];
  const bookingStatus = async (id: string) =>
    (await t.db.query(`SELECT status, cancel_reason FROM bookings WHERE id = $1`, [id]))[0];
  const pendingMessages = async (bookingIds: string[]) =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM outbox_messages
          WHERE payload->>'bookingId' = ANY($1) AND kind <> 'booking.created' AND available_at > now()`,
        [bookingIds],
      )
    )[0].n;

  it('previews the sessions, who booked them, where each goes, and the deputies to choose', async () => {
    const moved = await slotOf('2027-02-01T08:00:00Z', [w.municipalityA]);
    const cancelled = await slotOf('2027-02-03T08:00:00Z', [w.municipalityA, w.municipalityB]);
    await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(moved)).expect(201);

    const preview = await t.http
      .post('/api/v1/absences/preview')
      .set(auth(w.contactA))
      .send({ from: '2027-02-01', to: '2027-02-05' })
      .expect(200);
    expect(preview.body.sessions).toEqual([
      expect.objectContaining({
        slotId: moved,
        outcome: 'moved',
        deputy: { id: w.contactB.id, name: expect.any(String) },
        bookings: [{ bookedBy: expect.any(String), municipality: expect.any(String) }],
      }),
      expect.objectContaining({ slotId: cancelled, outcome: 'cancelled', deputy: null, bookings: [] }),
    ]);
    expect(preview.body.deputies.map((d: { id: string }) => d.id)).toContain(w.contactB.id);
    expect(preview.body.deputies.map((d: { id: string }) => d.id)).not.toContain(w.contactA.id);
    // A preview changes nothing.
    expect(await slotState(moved)).toEqual({ contact_id: w.contactA.id, status: 'open' });

    const named = await t.http
      .post('/api/v1/absences/preview')
      .set(auth(w.contactA))
      .send({ from: '2027-02-01', to: '2027-02-05', deputyContactId: w.contactB.id })
      .expect(200);
    expect(named.body.sessions.map((s: { outcome: string }) => s.outcome)).toEqual(['moved', 'moved']);
  });

  it('undoes an absence while its messages wait: slots, bookings and messages are as before', async () => {
    const moved = await slotOf('2027-03-01T08:00:00Z', [w.municipalityA]);
    const cancelled = await slotOf('2027-03-03T08:00:00Z', [w.municipalityA, w.municipalityB]);
    const one = await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(moved));
    const two = await t.http.post('/api/v1/bookings').set(auth(w.consultantB)).send(bookingBody(cancelled));
    const bookings = [one.body.id, two.body.id];

    const absence = await t.http
      .post('/api/v1/absences')
      .set(auth(w.contactA))
      .send({ from: '2027-03-01', to: '2027-03-05', reason: 'Kursus' })
      .expect(201);
    expect(absence.body).toMatchObject({
      slotsMoved: 1,
      slotsCancelled: 1,
      undoableUntil: expect.any(String),
    });
    expect(await bookingStatus(two.body.id)).toEqual({
      status: 'cancelled',
      cancel_reason: 'Fravær: Kursus',
    });
    expect(await pendingMessages(bookings)).toBe(2);

    const listed = await t.http.get('/api/v1/absences').set(auth(w.contactA)).expect(200);
    expect(listed.body[0]).toMatchObject({ id: absence.body.id, undoableUntil: expect.any(String) });

    await t.http.delete(`/api/v1/absences/${absence.body.id}`).set(auth(w.contactB)).expect(404);
    await t.http.delete(`/api/v1/absences/${absence.body.id}`).set(auth(w.consultantA)).expect(403);
    const undone = await t.http
      .delete(`/api/v1/absences/${absence.body.id}`)
      .set(auth(w.contactA))
      .expect(200);
    expect(undone.body).toEqual({ id: absence.body.id, slotsRestored: 2 });

    expect(await slotState(moved)).toEqual({ contact_id: w.contactA.id, status: 'open' });
    expect(await slotState(cancelled)).toEqual({ contact_id: w.contactA.id, status: 'open' });
    expect(await bookingStatus(two.body.id)).toEqual({ status: 'booked', cancel_reason: null });
    expect(await pendingMessages(bookings)).toBe(0);

    const again = await t.http
      .delete(`/api/v1/absences/${absence.body.id}`)
      .set(auth(w.contactA))
      .expect(409);
    expect(again.body.code).toBe('CONFLICT');
    const after = await t.http.get('/api/v1/absences').set(auth(w.contactA)).expect(200);
    expect(after.body[0]).toMatchObject({ undoneAt: expect.any(String), undoableUntil: null });
  });

  it('refuses to undo once a message has gone out', async () => {
    const slot = await slotOf('2027-04-05T08:00:00Z', [w.municipalityB]);
    const booking = await t.http.post('/api/v1/bookings').set(auth(w.consultantB)).send(bookingBody(slot));
    const absence = await t.http
      .post('/api/v1/absences')
      .set(auth(w.contactA))
      .send({ from: '2027-04-05', to: '2027-04-05' })
      .expect(201);
    // What the outbox relay does when it hands a message to the queue.
    await t.db.query(
      `UPDATE outbox_messages SET processed_at = now() WHERE payload->>'bookingId' = $1 AND kind = 'booking.cancelled'`,
      [booking.body.id],
    );
    const refused = await t.http
      .delete(`/api/v1/absences/${absence.body.id}`)
      .set(auth(w.contactA))
      .expect(409);
    expect(refused.body.detail).toMatch(/allerede fået besked/);
    expect(await bookingStatus(booking.body.id)).toMatchObject({ status: 'cancelled' });
  });

  it('answers a bad period in Danish and hides other regions', async () => {
    const backwards = await t.http
      .post('/api/v1/absences/preview')
      .set(auth(w.contactA))
      .send({ from: '2027-05-10', to: '2027-05-01' })
      .expect(400);
    expect(backwards.body.errors[0]).toEqual({ field: 'to', message: expect.stringMatching(/Slutdatoen/) });
    await t.http
      .delete('/api/v1/absences/00000000-0000-4000-8000-000000000000')
      .set(auth(w.admin))
      .expect(404);
    await t.http.delete('/api/v1/absences/not-a-uuid').set(auth(w.admin)).expect(404);
  });
});
