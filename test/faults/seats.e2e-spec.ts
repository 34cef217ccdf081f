import { auth, bookingBody, createSlot, createWorld, TestUser, World } from '../support/factories';
import { FaultBed, startFaultBed } from './support/fault-bed';
import { consultantsOf } from './support/people';

/**
 * Fault scenario "concurrent seat booking/rescheduling": twelve consultants go for one slot at the same
 * moment through two api replicas. A teaching slot of capacity 5 must end with exactly 5 bookings on
 * seats 1–5 every round (a request that lost a seat to another takes the next one), the others get
 * 409 SLOT_UNAVAILABLE; a one-person slot never gets two. 20 rounds (a fifth of a second each).
 */
const ROUNDS = 20;
const CONSULTANTS = 12;
const CAPACITY = 5;
const DAY = 24 * 3600_000;

describe('Faults: concurrent seat booking and rescheduling', () => {
  let bed: FaultBed;
  let w: World;
  let people: TestUser[];
  let dayOffset = 3;

  beforeAll(async () => {
    bed = await startFaultBed({ workers: 0 });
    w = await createWorld(bed.db, bed.apis[0].http);
    people = await consultantsOf(bed.db, bed.apis[0].http, w, CONSULTANTS);
  }, 120_000);
  afterAll(() => bed?.close());

  const slot = (capacity: number) =>
    createSlot(bed.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      capacity,
      kind: capacity > 1 ? 'teaching' : 'sparring',
      startsInMs: dayOffset++ * DAY,
    });
  /** Every consultant at once, alternating between the two replicas. */
  const all = (
    request: (who: TestUser, replica: number) => Promise<{ status: number; body: { code?: string } }>,
  ) => Promise.all(people.map((who, i) => request(who, i % 2)));
  const book = (slotId: string) =>
    all((who, r) => bed.apis[r].http.post('/api/v1/bookings').set(auth(who)).send(bookingBody(slotId)));
  const seatsOf = async (slotId: string): Promise<number[]> =>
    (
      await bed.db.query(
        `SELECT seat FROM bookings WHERE slot_id = $1 AND status <> 'cancelled' ORDER BY seat`,
        [slotId],
      )
    ).map((row: { seat: number }) => row.seat);
  const expectOutcome = (responses: { status: number; body: { code?: string } }[], winners: number) => {
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => ![200, 201, 409].includes(s))).toEqual([]);
    expect(statuses.filter((s) => s === 200 || s === 201).length).toBe(winners);
    expect(responses.filter((r) => r.status === 409).map((r) => r.body.code)).toEqual(
      Array(CONSULTANTS - winners).fill('SLOT_UNAVAILABLE'),
    );
  };

  it(`fills all ${CAPACITY} seats of a teaching slot, round after round (${ROUNDS} rounds)`, async () => {
    const filled: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const teaching = await slot(CAPACITY);
      const responses = await book(teaching);
      expectOutcome(responses, CAPACITY);
      expect(await seatsOf(teaching)).toEqual([1, 2, 3, 4, 5]);
      filled.push((await seatsOf(teaching)).length);
    }
    console.log(`seats: booking rounds filled ${filled.join(',')} of ${CAPACITY}`);
  }, 300_000);

  it(`fills all ${CAPACITY} seats when ${CONSULTANTS} bookings are moved into it at once (${ROUNDS} rounds)`, async () => {
    const filled: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const own = await Promise.all(people.map(() => slot(1)));
      const ids = await Promise.all(
        people.map(async (who, i) => {
          const res = await bed.apis[i % 2].http
            .post('/api/v1/bookings')
            .set(auth(who))
            .send(bookingBody(own[i]));
          expect(res.status).toBe(201);
          return res.body.id as string;
        }),
      );
      const teaching = await slot(CAPACITY);
      const responses = await all((who, r) =>
        bed.apis[r].http
          .post(`/api/v1/bookings/${ids[people.indexOf(who)]}/reschedule`)
          .set(auth(who))
          .send({ slotId: teaching }),
      );
      expectOutcome(responses, CAPACITY);
      expect(await seatsOf(teaching)).toEqual([1, 2, 3, 4, 5]);
      filled.push((await seatsOf(teaching)).length);
      // The losers still hold their old slot; the winners' old slots are free again.
      const [{ held }] = await bed.db.query(
        `SELECT count(*)::int AS held FROM bookings WHERE id = ANY($1::uuid[]) AND status = 'booked'`,
        [ids],
      );
      expect(held).toBe(CONSULTANTS);
    }
    console.log(`seats: reschedule rounds filled ${filled.join(',')} of ${CAPACITY}`);
  }, 300_000);

  it('never puts two on a one-person slot, by booking or by moving', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const single = await slot(1);
      expectOutcome(await book(single), 1);
      expect(await seatsOf(single)).toEqual([1]);
    }
    const own = await Promise.all(people.map(() => slot(1)));
    const ids = await Promise.all(
      people.map(async (who, i) => {
        const res = await bed.apis[0].http.post('/api/v1/bookings').set(auth(who)).send(bookingBody(own[i]));
        return res.body.id as string;
      }),
    );
    const single = await slot(1);
    const moves = await all((who, r) =>
      bed.apis[r].http
        .post(`/api/v1/bookings/${ids[people.indexOf(who)]}/reschedule`)
        .set(auth(who))
        .send({ slotId: single }),
    );
    expectOutcome(moves, 1);
    expect(await seatsOf(single)).toEqual([1]);
  }, 300_000);
});
