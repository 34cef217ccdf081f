import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { DomainException, ErrorCode } from '@app/common';
import { OutboxKind, OutboxWriteOptions, OutboxWriter } from '@app/jobs';
import { SlotBookings, SlotBookingsChange } from '@app/scheduling';
import { assertTransition } from './booking-state';
import { BookingRepository } from './booking.repository';

/**
 * What happens to the bookings of a slot when scheduling changes the slot: booking's side of the
 * SlotBookings port. Every booking goes through the state machine, gets a raised invite sequence, an
 * outbox event for its participants and (when cancelled) an audit line — the same as one booking at a time.
 */
@Injectable()
export class BookingsOfSlot extends SlotBookings {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
  ) {
    super();
  }

  async cancelAllOfSlot(
    manager: EntityManager,
    slotId: string,
    actor: AuthUser,
    reason: string,
    now: Date,
    delivery: OutboxWriteOptions = {},
  ): Promise<SlotBookingsChange> {
    const booked = await this.bookings.lockBookedOfSlot(manager, slotId);
    const who = { id: actor.id, role: actor.role, regionId: actor.regionId };
    const outboxIds: string[] = [];
    for (const booking of booked) {
      assertTransition(booking.status, 'cancel');
      // A slot cancelled by BUP is never a late cancellation by the municipality.
      const icsSequence = await this.bookings.cancel(manager, booking.id, {
        cancelledById: actor.id,
        reason,
        late: false,
        at: now,
      });
      if (icsSequence === null) throw changedMeanwhile();
      const payload = { bookingId: booking.id, icsSequence, cancelledById: actor.id };
      outboxIds.push(await this.outbox.write(manager, OutboxKind.BookingCancelled, payload, delivery));
      await this.audit.record(
        {
          action: AuditAction.BookingCancelled,
          actor: who,
          bookingId: booking.id,
          details: { cause: 'slot_cancelled' },
        },
        manager,
      );
    }
    return { bookingIds: booked.map((booking) => booking.id), outboxIds };
  }

  async announceNewContact(
    manager: EntityManager,
    slotId: string,
    previousContactId: string,
    delivery: OutboxWriteOptions = {},
  ): Promise<SlotBookingsChange> {
    const booked = await this.bookings.lockBookedOfSlot(manager, slotId);
    const outboxIds: string[] = [];
    for (const booking of booked) {
      assertTransition(booking.status, 'change the contact of');
      const icsSequence = await this.bookings.raiseIcsSequence(manager, booking.id);
      if (icsSequence === null) throw changedMeanwhile();
      const payload = { bookingId: booking.id, icsSequence, previousContactId };
      outboxIds.push(await this.outbox.write(manager, OutboxKind.BookingContactChanged, payload, delivery));
    }
    return { bookingIds: booked.map((booking) => booking.id), outboxIds };
  }

  async reopenCancelled(manager: EntityManager, slotId: string, bookingIds: string[]): Promise<number> {
    let reopened = 0;
    for (const booking of await this.bookings.lockOfSlot(manager, slotId, bookingIds)) {
      // One rebooked meanwhile lives on as its new booking: this one stays cancelled.
      if (booking.rebooked) continue;
      assertTransition(booking.status, 'reopen');
      if (!(await this.bookings.reopen(manager, booking.id))) throw changedMeanwhile();
      reopened += 1;
    }
    return reopened;
  }
}

// The rows are locked, so this cannot happen; if it ever did, the whole change is rolled back.
const changedMeanwhile = () => new DomainException(ErrorCode.Conflict, 'The booking was changed meanwhile');
