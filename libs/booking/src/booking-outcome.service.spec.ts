import { randomUUID } from 'node:crypto';
import { DomainException, ErrorCode } from '@app/common';
import { RecordOutcomeDto } from './dto/record-outcome.dto';
import { Attendance, BookingStatus, ChildAgeBand, Recommendation, Topic } from './entities/booking.enums';
import { admin, bookingWorld, consultant, contact } from './testing/in-memory-booking-world';

const outcome = (attendance = Attendance.Held): RecordOutcomeDto => ({
  attendance,
  recommendation: Recommendation.ContinueMunicipal,
  gpParticipated: false,
  note: 'Godt forløb, skolen følger op.',
});

async function codeOf(promise: Promise<unknown>): Promise<ErrorCode> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainException);
  return (error as DomainException).code;
}

describe('BookingOutcomeService (rules, on in-memory fakes and a fixed clock)', () => {
  const anne = consultant(randomUUID());
  const karl = contact(randomUUID());

  /** A booking of Anne's on Karl's slot two days ahead; `toStart` moves the clock to its start. */
  async function booked() {
    const w = bookingWorld();
    const slot = w.addSlot(randomUUID(), karl.id, 48);
    const view = await w.service.book(anne, {
      slotId: slot,
      topic: Topic.Adhd,
      childAgeBand: ChildAgeBand.Age6to9,
      question: 'Hvordan kan skolen støtte en elev med angst og stigende skolefravær?',
    });
    const toStart = () => w.clock.set(new Date(w.clock.now().getTime() + 48 * 3600_000));
    return { w, id: view.id, toStart };
  }

  describe('recording the outcome', () => {
    it("is the slot's contact's, once the session has started: the booking becomes held or no-show", async () => {
      const { w, id, toStart } = await booked();
      toStart();
      const view = await w.outcomes.recordOutcome(karl, id, outcome());
      expect(view.status).toBe(BookingStatus.Held);
      expect(view.outcome).toMatchObject({
        attendance: Attendance.Held,
        note: 'Godt forløb, skolen følger op.',
      });

      const other = await booked();
      other.toStart();
      expect((await other.w.outcomes.recordOutcome(karl, other.id, outcome(Attendance.NoShow))).status).toBe(
        BookingStatus.NoShow,
      );
    });

    it('is refused before the start', async () => {
      const { w, id } = await booked();
      expect(await codeOf(w.outcomes.recordOutcome(karl, id, outcome()))).toBe(ErrorCode.Conflict);
      expect(w.bookings.rows.get(id)!.status).toBe(BookingStatus.Booked);
    });

    it('is refused to anyone but the contact holding the session', async () => {
      const { w, id, toStart } = await booked();
      toStart();
      for (const user of [anne, admin(randomUUID()), contact(randomUUID())])
        expect(await codeOf(w.outcomes.recordOutcome(user, id, outcome()))).toBe(ErrorCode.Forbidden);
    });

    it('is refused on a cancelled booking and recorded only once', async () => {
      const cancelled = await booked();
      await cancelled.w.service.cancel(anne, cancelled.id, {});
      cancelled.toStart();
      expect(await codeOf(cancelled.w.outcomes.recordOutcome(karl, cancelled.id, outcome()))).toBe(
        ErrorCode.Conflict,
      );

      const { w, id, toStart } = await booked();
      toStart();
      await w.outcomes.recordOutcome(karl, id, outcome());
      expect(await codeOf(w.outcomes.recordOutcome(karl, id, outcome(Attendance.NoShow)))).toBe(
        ErrorCode.Conflict,
      );
    });
  });

  describe('rating', () => {
    it("is the booking consultant's, of a held session, once", async () => {
      const { w, id, toStart } = await booked();
      toStart();
      await w.outcomes.recordOutcome(karl, id, outcome());
      expect(await codeOf(w.outcomes.rate(consultant(randomUUID()), id, { value: 5 }))).toBe(
        ErrorCode.Forbidden,
      );
      expect(
        (await w.outcomes.rate(anne, id, { value: 4, comment: 'Brugbar sparring' })).rating,
      ).toMatchObject({
        value: 4,
      });
      expect(await codeOf(w.outcomes.rate(anne, id, { value: 5 }))).toBe(ErrorCode.Conflict);
    });

    it('is refused before the start and for a session that did not take place', async () => {
      const early = await booked();
      expect(await codeOf(early.w.outcomes.rate(anne, early.id, { value: 5 }))).toBe(ErrorCode.Conflict);

      const { w, id, toStart } = await booked();
      toStart();
      await w.outcomes.recordOutcome(karl, id, outcome(Attendance.NoShow));
      expect(await codeOf(w.outcomes.rate(anne, id, { value: 5 }))).toBe(ErrorCode.Conflict);
    });
  });
});
