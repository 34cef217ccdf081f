import { FixedClock } from '@app/common';
import { auth, bookingBody, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Absences: slots move to a deputy or are cancelled', () => {
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
  const contactOfSlot = async (id: string) =>
    (await t.db.query(`SELECT contact_id, status FROM slots WHERE id = $1`, [id]))[0];

  it("moves slots to the municipality's deputy, cancels those without one, and tells every booking", async () => {
    const moved = await slotOf('2027-02-01T08:00:00Z', [w.municipalityA]);
    const noDeputy = await slotOf('2027-02-03T08:00:00Z', [w.municipalityA, w.municipalityB]);
    const outside = await slotOf('2027-02-08T08:00:00Z', [w.municipalityA]);
    const booking = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(moved))
      .expect(201);
    const other = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantB))
      .send(bookingBody(noDeputy))
      .expect(201);

    const result = await t.http
      .post('/api/v1/absences')
      .set(auth(w.contactA))
      .send({ from: '2027-02-01', to: '2027-02-05', reason: 'Kursus' })
      .expect(201);
    expect(result.body).toMatchObject({
      contactId: w.contactA.id,
      slotsMoved: 1,
      slotsCancelled: 1,
      deputyContactId: null,
    });

    expect(await contactOfSlot(moved)).toEqual({ contact_id: w.contactB.id, status: 'open' });
    expect(await contactOfSlot(noDeputy)).toEqual({ contact_id: w.contactA.id, status: 'cancelled' });
    expect(await contactOfSlot(outside)).toEqual({ contact_id: w.contactA.id, status: 'open' });

    const movedBooking = await t.http
      .get(`/api/v1/bookings/${booking.body.id}`)
      .set(auth(w.contactB))
      .expect(200);
    expect(movedBooking.body).toMatchObject({
      status: 'booked',
      contact: { id: w.contactB.id },
      icsSequence: 1,
    });
    const cancelledBooking = await t.http
      .get(`/api/v1/bookings/${other.body.id}`)
      .set(auth(w.consultantB))
      .expect(200);
    expect(cancelledBooking.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Fravær: Kursus',
      icsSequence: 1,
    });

    const outbox = await t.db.query(
      `SELECT kind, payload FROM outbox_messages WHERE payload->>'bookingId' = ANY($1) AND kind <> 'booking.created' ORDER BY kind`,
      [[booking.body.id, other.body.id]],
    );
    expect(outbox).toEqual([
      {
        kind: 'booking.cancelled',
        payload: { bookingId: other.body.id, icsSequence: 1, cancelledById: w.contactA.id },
      },
      {
        kind: 'booking.contact_changed',
        payload: { bookingId: booking.body.id, icsSequence: 1, previousContactId: w.contactA.id },
      },
    ]);
  });

  it('moves everything to a deputy named by an admin', async () => {
    const a = await slotOf('2027-03-01T08:00:00Z', [w.municipalityA, w.municipalityB]);
    const b = await slotOf('2027-03-02T08:00:00Z', [w.municipalityB]);
    const result = await t.http
      .post('/api/v1/absences')
      .set(auth(w.admin))
      .send({
        contactId: w.contactA.id,
        from: '2027-03-01',
        to: '2027-03-02',
        deputyContactId: w.contactB.id,
      })
      .expect(201);
    expect(result.body).toMatchObject({ slotsMoved: 2, slotsCancelled: 0, deputyContactId: w.contactB.id });
    expect((await contactOfSlot(a)).contact_id).toBe(w.contactB.id);
    expect((await contactOfSlot(b)).contact_id).toBe(w.contactB.id);
  });

  it('refuses a bad period, the absent contact as deputy, and other roles', async () => {
    const backwards = await t.http
      .post('/api/v1/absences')
      .set(auth(w.contactA))
      .send({ from: '2027-04-10', to: '2027-04-01' })
      .expect(400);
    expect(backwards.body.errors[0].field).toBe('to');
    const self = await t.http
      .post('/api/v1/absences')
      .set(auth(w.contactA))
      .send({ from: '2027-04-01', to: '2027-04-02', deputyContactId: w.contactA.id })
      .expect(400);
    expect(self.body.errors[0].field).toBe('deputyContactId');
    await t.http
      .post('/api/v1/absences')
      .set(auth(w.consultantA))
      .send({ from: '2027-04-01', to: '2027-04-02' })
      .expect(403);
    await t.http
      .post('/api/v1/absences')
      .set(auth(w.contactB))
      .send({ contactId: w.contactA.id, from: '2027-04-01', to: '2027-04-02' })
      .expect(403);
  });
});
