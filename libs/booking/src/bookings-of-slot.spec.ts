import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { BookingRepository } from './booking.repository';
import { BookingsOfSlot } from './bookings-of-slot';
import { BookingStatus, ChildAgeBand, Topic } from './entities/booking.enums';
import { admin, bookingWorld, consultant, contact } from './testing/in-memory-booking-world';

describe('BookingsOfSlot (what a slot change does to its bookings)', () => {
  const karl = contact(randomUUID());
  const body = (slotId: string) => ({
    slotId,
    topic: Topic.Autism,
    childAgeBand: ChildAgeBand.Age14to17,
    question: 'Hvordan kan skolen støtte en elev med angst og stigende skolefravær?',
  });

  /** A teaching slot with three bookings: one booked, one cancelled by the municipality, one moved on to held. */
  async function slotWithBookings() {
    const w = bookingWorld();
    const slot = w.addSlot(randomUUID(), karl.id, 48, 3);
    const booked = await w.service.book(consultant(randomUUID()), body(slot));
    const cancelled = await w.service.book(consultant(randomUUID()), body(slot));
    await w.service.cancel(consultant(randomUUID()), cancelled.id, {});
    const held = await w.service.book(consultant(randomUUID()), body(slot));
    w.bookings.rows.get(held.id)!.status = BookingStatus.Held;
    const outbox: { kind: OutboxKind; payload: unknown }[] = [];
    const audit: unknown[] = [];
    const sut = new BookingsOfSlot(
      w.bookings as unknown as BookingRepository,
      {
        write: async (_m: unknown, kind: OutboxKind, payload: unknown) =>
          `outbox-${outbox.push({ kind, payload })}`,
      } as unknown as OutboxWriter,
      { record: async (entry: unknown) => void audit.push(entry) } as unknown as AuditService,
    );
    return {
      w,
      slot,
      sut,
      outbox,
      audit,
      ids: { booked: booked.id, cancelled: cancelled.id, held: held.id },
    };
  }

  it('cancels only the booked bookings of a cancelled slot, each with a raised sequence, an event and an audit line', async () => {
    const { w, slot, sut, outbox, audit, ids } = await slotWithBookings();
    const actor = admin(randomUUID());
    const now = w.clock.now();
    expect(await sut.cancelAllOfSlot({} as EntityManager, slot, actor, 'Fravær', now)).toEqual({
      bookingIds: [ids.booked],
      outboxIds: ['outbox-1'],
    });
    expect(w.bookings.rows.get(ids.booked)).toMatchObject({
      status: BookingStatus.Cancelled,
      cancel_reason: 'Fravær',
      cancelled_by_id: actor.id,
      late_cancellation: false,
      ics_sequence: 1,
    });
    expect(w.bookings.rows.get(ids.held)!.status).toBe(BookingStatus.Held);
    expect(w.bookings.rows.get(ids.cancelled)!.cancelled_by_id).not.toBe(actor.id);
    expect(outbox).toEqual([
      {
        kind: OutboxKind.BookingCancelled,
        payload: { bookingId: ids.booked, icsSequence: 1, cancelledById: actor.id },
      },
    ]);
    expect(audit).toEqual([
      expect.objectContaining({ bookingId: ids.booked, details: { cause: 'slot_cancelled' } }),
    ]);
  });

  it("tells only the booked bookings about the slot's new contact, with a raised sequence", async () => {
    const { w, slot, sut, outbox, ids } = await slotWithBookings();
    expect(await sut.announceNewContact({} as EntityManager, slot, karl.id)).toEqual({
      bookingIds: [ids.booked],
      outboxIds: ['outbox-1'],
    });
    expect(w.bookings.rows.get(ids.booked)).toMatchObject({ status: BookingStatus.Booked, ics_sequence: 1 });
    expect(w.bookings.rows.get(ids.held)!.ics_sequence).toBe(0);
    expect(outbox).toEqual([
      {
        kind: OutboxKind.BookingContactChanged,
        payload: { bookingId: ids.booked, icsSequence: 1, previousContactId: karl.id },
      },
    ]);
  });

  it('reopens the bookings a slot cancellation cancelled, unless one was rebooked meanwhile', async () => {
    const { w, slot, sut, ids } = await slotWithBookings();
    const actor = admin(randomUUID());
    const other = await w.service.book(consultant(randomUUID()), body(slot));
    await sut.cancelAllOfSlot({} as EntityManager, slot, actor, 'Fravær', w.clock.now());
    // The second booking was rebooked as a new one before the undo.
    w.bookings.rows.get(ids.held)!.rebooked_from_id = other.id;
    expect(await sut.reopenCancelled({} as EntityManager, slot, [ids.booked, other.id])).toBe(1);
    expect(w.bookings.rows.get(ids.booked)).toMatchObject({
      status: BookingStatus.Booked,
      cancel_reason: null,
      cancelled_by_id: null,
    });
    expect(w.bookings.rows.get(other.id)!.status).toBe(BookingStatus.Cancelled);
    // A booking that was never cancelled by it cannot be reopened.
    await expect(sut.reopenCancelled({} as EntityManager, slot, [ids.held])).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});
