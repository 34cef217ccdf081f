import { randomUUID } from 'node:crypto';
import { DomainException, ErrorCode } from '@app/common';
import { OutboxKind } from '@app/jobs';
import { CreateBookingDto } from './dto/create-booking.dto';
import { ChildAgeBand, BookingStatus, Topic } from './entities/booking.enums';
import {
  admin,
  bookingWorld,
  consultant,
  contact,
  MUNICIPALITY,
  OTHER_MUNICIPALITY,
} from './testing/in-memory-booking-world';

const QUESTION = 'Hvordan kan skolen støtte en elev med angst og stigende skolefravær?';
const dto = (slotId: string): CreateBookingDto => ({
  slotId,
  topic: Topic.Anxiety,
  childAgeBand: ChildAgeBand.Age10to13,
  question: QUESTION,
});

/** The error code a rejected promise carries (DomainException and its 404/400 subclasses). */
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

describe('BookingService (rules, on in-memory fakes and a fixed clock)', () => {
  const anne = consultant(randomUUID());
  const karl = contact(randomUUID());

  describe('booking', () => {
    it('books the lowest free seat, writes the BookingCreated event and gives the booker the question', async () => {
      const w = bookingWorld();
      const slot = w.addSlot(randomUUID(), karl.id, 72, 2);
      const view = await w.service.book(anne, dto(slot));
      expect(view.status).toBe(BookingStatus.Booked);
      expect(view.question).toBe(QUESTION);
      expect(w.bookings.rows.get(view.id)!.seat).toBe(1);
      expect(w.outbox).toEqual([
        { kind: OutboxKind.BookingCreated, payload: { bookingId: view.id, icsSequence: 0 } },
      ]);
    });

    it('refuses a full slot, a closed window and a slot not offered to the municipality', async () => {
      const w = bookingWorld();
      const full = w.addSlot(randomUUID(), karl.id, 72);
      await w.service.book(consultant(randomUUID()), dto(full));
      expect(await codeOf(w.service.book(anne, dto(full)))).toBe(ErrorCode.SlotUnavailable);

      // BOOKING_CLOSES_BEFORE is 24 hours: a slot 23 hours ahead is closed.
      const soon = w.addSlot(randomUUID(), karl.id, 23);
      expect(await codeOf(w.service.book(anne, dto(soon)))).toBe(ErrorCode.BookingClosed);

      const elsewhere = w.addSlot(randomUUID(), karl.id, 72);
      expect(await codeOf(w.service.book(consultant(randomUUID(), OTHER_MUNICIPALITY), dto(elsewhere)))).toBe(
        ErrorCode.NotFound,
      );
      expect(w.bookings.rows.size).toBe(1);
    });

    it('lets a consultant hold at most MAX_ACTIVE_BOOKINGS_PER_CONSULTANT upcoming bookings', async () => {
      const w = bookingWorld(undefined, { MAX_ACTIVE_BOOKINGS_PER_CONSULTANT: '2' });
      await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 48)));
      await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 72)));
      expect(await codeOf(w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 96))))).toBe(
        ErrorCode.Conflict,
      );
    });

    it('is for municipal consultants only', async () => {
      const w = bookingWorld();
      const slot = w.addSlot(randomUUID(), karl.id, 72);
      expect(await codeOf(w.service.book(admin(randomUUID()), dto(slot)))).toBe(ErrorCode.Forbidden);
    });
  });

  describe('cancelling', () => {
    it('cancels a booked session, raises the invite sequence and marks a late one after the closing time', async () => {
      const w = bookingWorld();
      const slot = w.addSlot(randomUUID(), karl.id, 30);
      const booked = await w.service.book(anne, dto(slot));
      w.clock.set(new Date(w.clock.now().getTime() + 10 * 3600_000)); // 20 hours before: closed
      const cancelled = await w.service.cancel(anne, booked.id, { reason: 'Sygdom' });
      expect(cancelled.status).toBe(BookingStatus.Cancelled);
      expect(w.bookings.rows.get(booked.id)).toMatchObject({ late_cancellation: true, ics_sequence: 1 });
      expect(w.outbox.at(-1)).toEqual({
        kind: OutboxKind.BookingCancelled,
        payload: { bookingId: booked.id, icsSequence: 1, cancelledById: anne.id },
      });
    });

    it('refuses a held booking, a cancelled one and a session that has started', async () => {
      const w = bookingWorld();
      const held = await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 48)));
      w.bookings.rows.get(held.id)!.status = BookingStatus.Held;
      expect(await codeOf(w.service.cancel(anne, held.id, {}))).toBe(ErrorCode.Conflict);

      const once = await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 48)));
      await w.service.cancel(anne, once.id, {});
      expect(await codeOf(w.service.cancel(anne, once.id, {}))).toBe(ErrorCode.Conflict);

      const started = await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 48)));
      w.clock.set(new Date(w.clock.now().getTime() + 49 * 3600_000));
      expect(await codeOf(w.service.cancel(anne, started.id, {}))).toBe(ErrorCode.Conflict);
      expect(w.bookings.rows.get(started.id)!.status).toBe(BookingStatus.Booked);
    });

    it('lets only the contact holding the session cancel on the BUP side, and hides other municipalities', async () => {
      const w = bookingWorld();
      const booked = await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 48)));
      // Another contact serving the municipality sees the booking but may not cancel it.
      expect(await codeOf(w.service.cancel(contact(randomUUID()), booked.id, {}))).toBe(ErrorCode.Forbidden);
      expect(
        await codeOf(w.service.cancel(consultant(randomUUID(), OTHER_MUNICIPALITY), booked.id, {})),
      ).toBe(ErrorCode.NotFound);
      expect((await w.service.cancel(karl, booked.id, {})).status).toBe(BookingStatus.Cancelled);
      // BUP's cancellation is never late.
      expect(w.bookings.rows.get(booked.id)!.late_cancellation).toBe(false);
    });
  });

  describe('rescheduling', () => {
    it('moves the booking to a free seat of another slot with a raised invite sequence', async () => {
      const w = bookingWorld();
      const booked = await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 48)));
      const target = w.addSlot(randomUUID(), karl.id, 96, 3);
      await w.service.book(consultant(randomUUID()), dto(target));
      const moved = await w.service.reschedule(anne, booked.id, { slotId: target });
      expect(moved.slot.id).toBe(target);
      expect(w.bookings.rows.get(booked.id)).toMatchObject({ seat: 2, ics_sequence: 1 });
      expect(w.outbox.at(-1)?.kind).toBe(OutboxKind.BookingRescheduled);
    });

    it('refuses a full slot, the same slot, a closed one and a contact, leaving the booking where it was', async () => {
      const w = bookingWorld();
      const from = w.addSlot(randomUUID(), karl.id, 48);
      const booked = await w.service.book(anne, dto(from));
      const full = w.addSlot(randomUUID(), karl.id, 96);
      await w.service.book(consultant(randomUUID()), dto(full));
      expect(await codeOf(w.service.reschedule(anne, booked.id, { slotId: full }))).toBe(
        ErrorCode.SlotUnavailable,
      );
      expect(await codeOf(w.service.reschedule(anne, booked.id, { slotId: from }))).toBe(ErrorCode.Conflict);
      const closed = w.addSlot(randomUUID(), karl.id, 10);
      expect(await codeOf(w.service.reschedule(anne, booked.id, { slotId: closed }))).toBe(
        ErrorCode.BookingClosed,
      );
      const free = w.addSlot(randomUUID(), karl.id, 72);
      expect(await codeOf(w.service.reschedule(karl, booked.id, { slotId: free }))).toBe(ErrorCode.Forbidden);
      expect(w.bookings.rows.get(booked.id)).toMatchObject({ slot_id: from, ics_sequence: 0 });
    });

    it('lets a colleague of the same municipality take over and move it', async () => {
      const w = bookingWorld();
      const booked = await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 48)));
      const colleague = consultant(randomUUID(), MUNICIPALITY);
      const target = w.addSlot(randomUUID(), karl.id, 72);
      expect((await w.service.reschedule(colleague, booked.id, { slotId: target })).slot.id).toBe(target);
    });
  });

  describe('stored replies for an Idempotency-Key', () => {
    it('answer a retry with the first response, its question read anew from the booking, and refuse another request', async () => {
      const w = bookingWorld();
      const first = await w.service.book(anne, dto(w.addSlot(randomUUID(), karl.id, 72)));
      expect(await w.replies.claim(w.manager, anne, 'k-1', 'request-a')).toBeNull();
      // A second claim while the first request runs: it waits in the database, and finds no response yet.
      expect(await codeOf(w.replies.claim(w.manager, anne, 'k-1', 'request-a'))).toBe(ErrorCode.Conflict);
      await w.replies.store(w.manager, anne, 'k-1', { status: 201, body: first });

      const stored = await w.bookings.findIdempotencyKey(w.manager, anne.id, 'k-1');
      expect(stored).toMatchObject({ response_status: 201 });
      expect(stored!.response_body).not.toHaveProperty('question');
      expect(await w.replies.claim(w.manager, anne, 'k-1', 'request-a')).toEqual(first);
      expect(await codeOf(w.replies.claim(w.manager, anne, 'k-1', 'request-b'))).toBe(ErrorCode.Conflict);
    });
  });
});
