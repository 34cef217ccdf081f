import { FixedClock } from '@app/common';
import { CaseSummaryDeadline } from '@app/scheduling';
import { auth, bookingBody, createSlot, createWorld, TestUser, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe('Booking lifecycle (HTTP, real Postgres, injected clock)', () => {
  let t: TestApp;
  let w: World;
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    clock.set(new Date());
    w = await createWorld(t.db, t.http);
  });

  const slotOfA = (options: { startsAt?: Date; capacity?: number } = {}) =>
    createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsAt: options.startsAt ?? new Date(clock.now().getTime() + 7 * DAY),
      // One contact's slots never overlap: a default time already taken moves to the next free one.
      shiftIfTaken: !options.startsAt,
      capacity: options.capacity,
    });
  const book = async (user: TestUser, slotId: string): Promise<string> => {
    const response = await t.http.post('/api/v1/bookings').set(auth(user)).send(bookingBody(slotId));
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const post = (user: TestUser, path: string, body: object = {}) =>
    t.http.post(`/api/v1/bookings${path}`).set(auth(user)).send(body);
  const dbBooking = async (id: string) =>
    (
      await t.db.query(
        `SELECT slot_id, seat, status, ics_sequence, case_summary_due_at FROM bookings WHERE id = $1`,
        [id],
      )
    )[0];
  const outboxOf = (id: string) =>
    t.db.query(
      `SELECT kind, payload FROM outbox_messages WHERE payload->>'bookingId' = $1 ORDER BY created_at`,
      [id],
    );
  const outcomeBody = {
    attendance: 'held',
    recommendation: 'refer_bup',
    gpParticipated: true,
    note: 'Godt møde',
  };

  describe('reschedule', () => {
    it('moves the same booking to the new slot, raises the sequence and frees the old seat', async () => {
      const from = await slotOfA();
      const toStart = new Date(clock.now().getTime() + 9 * DAY);
      const to = await slotOfA({ startsAt: toStart });
      const id = await book(w.consultantA, from);

      const moved = await post(w.colleagueA, `/${id}/reschedule`, { slotId: to }).expect(200);
      expect(moved.body).toMatchObject({ id, status: 'booked', slot: { id: to }, icsSequence: 1 });
      // Product rule 5: 2 working days before the session (unit-tested in libs/scheduling).
      expect(moved.body.caseSummary.dueAt).toBe(
        t.app.get(CaseSummaryDeadline).regularDueAt(toStart).toISOString(),
      );
      expect(moved.body.caseSummary.dueImmediately).toBe(false);
      expect(await outboxOf(id)).toEqual([
        { kind: 'booking.created', payload: { bookingId: id, icsSequence: 0 } },
        { kind: 'booking.rescheduled', payload: { bookingId: id, icsSequence: 1, previousSlotId: from } },
      ]);
      await book(w.consultantA, from); // the old seat is free again

      const back = await post(w.admin, `/${id}/reschedule`, { slotId: await slotOfA() }).expect(200);
      expect(back.body.icsSequence).toBe(2);
    });

    it('refuses the contact (403), other municipalities (404), the same slot and unknown slots', async () => {
      const id = await book(w.consultantA, await slotOfA());
      const to = await slotOfA();
      expect((await post(w.contactA, `/${id}/reschedule`, { slotId: to })).status).toBe(403);
      expect((await post(w.consultantB, `/${id}/reschedule`, { slotId: to })).status).toBe(404);
      const current = (await dbBooking(id)).slot_id;
      const same = await post(w.consultantA, `/${id}/reschedule`, { slotId: current });
      expect(same.status).toBe(409);
      expect(same.body.code).toBe('CONFLICT');
      const notOffered = await createSlot(t.db, {
        contactId: w.contactB.id,
        municipalityIds: [w.municipalityB],
      });
      expect((await post(w.consultantA, `/${id}/reschedule`, { slotId: notOffered })).status).toBe(404);
      const cancelledSlot = await slotOfA();
      await t.db.query(`UPDATE slots SET status = 'cancelled' WHERE id = $1`, [cancelledSlot]);
      const onCancelled = await post(w.consultantA, `/${id}/reschedule`, { slotId: cancelledSlot });
      expect(onCancelled.status).toBe(409);
      expect(onCancelled.body.code).toBe('SLOT_UNAVAILABLE');
      expect((await dbBooking(id)).ics_sequence).toBe(0);
    });

    it('a failed reschedule (closed slot) leaves everything as it was', async () => {
      const id = await book(w.consultantA, await slotOfA());
      const before = await dbBooking(id);
      const outboxBefore = await outboxOf(id);
      const closed = await slotOfA({ startsAt: new Date(clock.now().getTime() + 2 * HOUR) });
      const response = await post(w.consultantA, `/${id}/reschedule`, { slotId: closed });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('BOOKING_CLOSED');
      expect(await dbBooking(id)).toEqual(before);
      expect(await outboxOf(id)).toEqual(outboxBefore);
      const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM bookings WHERE slot_id = $1`, [
        closed,
      ]);
      expect(count).toBe(0);
    });

    it('100 concurrent reschedules of two bookings into one free slot: exactly one wins', async () => {
      const slotA = await slotOfA();
      const slotB = await slotOfA();
      const target = await slotOfA();
      const a = await book(w.consultantA, slotA);
      const b = await book(w.colleagueA, slotB);

      const responses = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          post(i % 2 ? w.consultantA : w.colleagueA, `/${i % 2 ? a : b}/reschedule`, { slotId: target }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(99);

      const winner = responses.find((r) => r.status === 200)!.body.id as string;
      const loser = winner === a ? b : a;
      expect((await dbBooking(winner)).slot_id).toBe(target);
      expect(await dbBooking(winner)).toMatchObject({ slot_id: target, ics_sequence: 1 });
      expect(await dbBooking(loser)).toMatchObject({
        slot_id: loser === a ? slotA : slotB,
        ics_sequence: 0,
        status: 'booked',
      });
      const active = await t.db.query(
        `SELECT id FROM bookings WHERE slot_id = $1 AND status <> 'cancelled'`,
        [target],
      );
      expect(active).toEqual([{ id: winner }]);
      const moves = await t.db.query(
        `SELECT count(*)::int AS count FROM outbox_messages WHERE kind = 'booking.rescheduled' AND payload->>'bookingId' = ANY($1)`,
        [[a, b]],
      );
      expect(moves[0].count).toBe(1);
    });
  });

  describe('Idempotency-Key', () => {
    it('10 parallel retries with one key create one booking and all get the same body', async () => {
      const slotId = await slotOfA({ capacity: 5 });
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          t.http
            .post('/api/v1/bookings')
            .set(auth(w.consultantA))
            .set('Idempotency-Key', 'retry-1')
            .send(bookingBody(slotId)),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
      for (const response of responses) expect(response.body).toEqual(responses[0].body);
      const rows = await t.db.query(`SELECT id FROM bookings WHERE slot_id = $1`, [slotId]);
      expect(rows).toEqual([{ id: responses[0].body.id }]);
      const created = await t.db.query(
        `SELECT count(*)::int AS count FROM outbox_messages WHERE kind = 'booking.created' AND payload->>'bookingId' = $1`,
        [rows[0].id],
      );
      expect(created[0].count).toBe(1);
    });

    it('the same key with a different body is a 409; keys expire after 24 hours', async () => {
      const slotId = await slotOfA({ capacity: 3 });
      const first = await t.http
        .post('/api/v1/bookings')
        .set(auth(w.consultantA))
        .set('Idempotency-Key', 'k')
        .send(bookingBody(slotId))
        .expect(201);
      const different = await t.http
        .post('/api/v1/bookings')
        .set(auth(w.consultantA))
        .set('Idempotency-Key', 'k')
        .send(bookingBody(slotId, { step: 3 }));
      expect(different.status).toBe(409);
      expect(different.body.code).toBe('CONFLICT');
      // Another user's key space is their own.
      await t.http
        .post('/api/v1/bookings')
        .set(auth(w.colleagueA))
        .set('Idempotency-Key', 'k')
        .send(bookingBody(slotId, { step: 3 }))
        .expect(201);

      clock.set(new Date(clock.now().getTime() + DAY + 1000));
      const later = await t.http
        .post('/api/v1/bookings')
        .set(auth(w.consultantA))
        .set('Idempotency-Key', 'k')
        .send(bookingBody(slotId));
      expect(later.status).toBe(201);
      expect(later.body.id).not.toBe(first.body.id);
    });

    it('replays a reschedule and a cancel', async () => {
      const id = await book(w.consultantA, await slotOfA());
      const to = await slotOfA();
      const first = await post(w.consultantA, `/${id}/reschedule`, { slotId: to })
        .set('Idempotency-Key', 'move')
        .expect(200);
      const retry = await post(w.consultantA, `/${id}/reschedule`, { slotId: to })
        .set('Idempotency-Key', 'move')
        .expect(200);
      expect(retry.body).toEqual(first.body);
      const cancel = await post(w.consultantA, `/${id}/cancel`, {}).set('Idempotency-Key', 'c').expect(200);
      const again = await post(w.consultantA, `/${id}/cancel`, {}).set('Idempotency-Key', 'c').expect(200);
      expect(again.body).toEqual(cancel.body);
      expect((await dbBooking(id)).ics_sequence).toBe(2);
    });
  });

  describe('closing time (BOOKING_CLOSES_BEFORE = 24h)', () => {
    it('is closed at exactly startsAt − 24h and open 1 ms before', async () => {
      const startsAt = new Date(Date.now() + 5 * DAY);
      const slotId = await slotOfA({ startsAt });
      clock.set(new Date(startsAt.getTime() - DAY));
      const closed = await post(w.consultantA, '', bookingBody(slotId));
      expect(closed.status).toBe(422);
      expect(closed.body.code).toBe('BOOKING_CLOSED');
      clock.set(new Date(startsAt.getTime() - DAY - 1));
      await post(w.consultantA, '', bookingBody(slotId)).expect(201);
    });

    it('a consultant cancelling after the closing time is a late cancellation, before it is not', async () => {
      const startsAt = new Date(Date.now() + 5 * DAY);
      const early = await book(w.consultantA, await slotOfA({ startsAt }));
      // Another contact's slot: one contact's slots never overlap.
      const late = await book(
        w.consultantA,
        await createSlot(t.db, { contactId: w.contactB.id, municipalityIds: [w.municipalityA], startsAt }),
      );
      clock.set(new Date(startsAt.getTime() - DAY - 1));
      expect((await post(w.consultantA, `/${early}/cancel`)).body.lateCancellation).toBe(false);
      clock.set(new Date(startsAt.getTime() - DAY));
      const response = await post(w.colleagueA, `/${late}/cancel`).expect(200);
      expect(response.body).toMatchObject({ status: 'cancelled', lateCancellation: true });
    });
  });

  describe('outcome and rating', () => {
    it('only the session’s contact records the outcome, only after the start, only once', async () => {
      const startsAt = new Date(Date.now() + 3 * DAY);
      const id = await book(w.consultantA, await slotOfA({ startsAt }));
      const early = await post(w.contactA, `/${id}/outcome`, outcomeBody);
      expect(early.status).toBe(409);
      clock.set(new Date(startsAt.getTime() + 5 * 60_000));
      expect((await post(w.consultantA, `/${id}/outcome`, outcomeBody)).status).toBe(403);
      expect((await post(w.admin, `/${id}/outcome`, outcomeBody)).status).toBe(403);
      expect((await post(w.contactB, `/${id}/outcome`, outcomeBody)).status).toBe(404);
      expect((await post(w.contactA, `/${id}/outcome`, { ...outcomeBody, attendance: 'maybe' })).status).toBe(
        400,
      );

      const recorded = await post(w.contactA, `/${id}/outcome`, outcomeBody).expect(200);
      expect(recorded.body).toMatchObject({
        status: 'held',
        outcome: { attendance: 'held', recommendation: 'refer_bup', gpParticipated: true, note: 'Godt møde' },
        rating: null,
      });
      expect(recorded.body.outcome.recordedAt).toBe(clock.now().toISOString());
      const asConsultant = await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.consultantA)).expect(200);
      expect(asConsultant.body.outcome.note).toBe('Godt møde');
      const asAdmin = await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.admin)).expect(200);
      expect(asAdmin.body.outcome).toMatchObject({ attendance: 'held' });
      expect(asAdmin.body.outcome).not.toHaveProperty('note');

      const twice = await post(w.contactA, `/${id}/outcome`, outcomeBody);
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('CONFLICT');
    });

    it('no_show and cancelled_late make the booking no_show', async () => {
      const startsAt = new Date(Date.now() + 3 * DAY);
      const a = await book(w.consultantA, await slotOfA({ startsAt }));
      // Back to back, before `a`: one contact's slots never overlap.
      const b = await book(
        w.consultantA,
        await slotOfA({ startsAt: new Date(startsAt.getTime() - 45 * 60_000) }),
      );
      clock.set(new Date(startsAt.getTime() + 1));
      const noShow = await post(w.contactA, `/${a}/outcome`, { ...outcomeBody, attendance: 'no_show' });
      expect(noShow.body.status).toBe('no_show');
      const late = await post(w.contactA, `/${b}/outcome`, { ...outcomeBody, attendance: 'cancelled_late' });
      expect(late.body).toMatchObject({ status: 'no_show', outcome: { attendance: 'cancelled_late' } });
    });

    it('the booking’s consultant rates a held session once', async () => {
      const startsAt = new Date(Date.now() + 3 * DAY);
      const id = await book(w.consultantA, await slotOfA({ startsAt }));
      expect((await post(w.consultantA, `/${id}/rating`, { value: 5 })).status).toBe(409); // not started
      clock.set(new Date(startsAt.getTime() + 50 * 60_000));
      expect((await post(w.consultantA, `/${id}/rating`, { value: 5 })).status).toBe(409); // not held yet
      await post(w.contactA, `/${id}/outcome`, outcomeBody).expect(200);
      expect((await post(w.colleagueA, `/${id}/rating`, { value: 5 })).status).toBe(403);
      expect((await post(w.contactA, `/${id}/rating`, { value: 5 })).status).toBe(403);
      expect((await post(w.consultantB, `/${id}/rating`, { value: 5 })).status).toBe(404);
      expect((await post(w.consultantA, `/${id}/rating`, { value: 6 })).status).toBe(400);
      const rated = await post(w.consultantA, `/${id}/rating`, { value: 4, comment: 'Brugbart' }).expect(200);
      expect(rated.body.rating).toEqual({
        value: 4,
        comment: 'Brugbart',
        ratedAt: clock.now().toISOString(),
      });
      const again = await post(w.consultantA, `/${id}/rating`, { value: 5 });
      expect(again.status).toBe(409);
    });
  });

  describe('state machine: every illegal transition is 409 CONFLICT', () => {
    it('refuses changes of cancelled, held and no_show bookings', async () => {
      const startsAt = new Date(Date.now() + 3 * DAY);
      const cancelled = await book(w.consultantA, await slotOfA({ startsAt }));
      // Back to back, before `cancelled`: one contact's slots never overlap.
      const held = await book(
        w.consultantA,
        await slotOfA({ startsAt: new Date(startsAt.getTime() - 45 * 60_000) }),
      );
      const noShow = await book(
        w.consultantA,
        await slotOfA({ startsAt: new Date(startsAt.getTime() - 90 * 60_000) }),
      );
      const target = await slotOfA({ startsAt: new Date(Date.now() + 10 * DAY) });
      await post(w.consultantA, `/${cancelled}/cancel`).expect(200);
      clock.set(new Date(startsAt.getTime() + 1));
      await post(w.contactA, `/${held}/outcome`, outcomeBody).expect(200);
      await post(w.contactA, `/${noShow}/outcome`, { ...outcomeBody, attendance: 'no_show' }).expect(200);

      const illegal: [TestUser, string, object][] = [
        [w.consultantA, `/${cancelled}/cancel`, {}],
        [w.consultantA, `/${cancelled}/reschedule`, { slotId: target }],
        [w.contactA, `/${cancelled}/outcome`, outcomeBody],
        [w.consultantA, `/${cancelled}/rating`, { value: 3 }],
        [w.consultantA, `/${held}/cancel`, {}],
        [w.contactA, `/${held}/cancel`, {}],
        [w.consultantA, `/${held}/reschedule`, { slotId: target }],
        [w.contactA, `/${held}/outcome`, outcomeBody],
        [w.consultantA, `/${noShow}/cancel`, {}],
        [w.consultantA, `/${noShow}/reschedule`, { slotId: target }],
        [w.contactA, `/${noShow}/outcome`, outcomeBody],
        [w.consultantA, `/${noShow}/rating`, { value: 3 }],
      ];
      for (const [user, path, body] of illegal) {
        const response = await post(user, path, body);
        expect({ path, status: response.status, code: response.body.code }).toEqual({
          path,
          status: 409,
          code: 'CONFLICT',
        });
      }
    });
  });

  it('refuses more than MAX_ACTIVE_BOOKINGS_PER_CONSULTANT (10) active future bookings', async () => {
    for (let i = 0; i < 10; i++) await book(w.consultantA, await slotOfA());
    const response = await post(w.consultantA, '', bookingBody(await slotOfA()));
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CONFLICT');
    expect(response.body.detail).toMatch(/10 upcoming bookings/);
    await book(w.colleagueA, await slotOfA());
  });
});
