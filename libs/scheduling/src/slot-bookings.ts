import { EntityManager } from 'typeorm';
import { AuthUser } from '@app/auth';
import { OutboxWriteOptions } from '@app/jobs';

/** What a change of a slot did to its bookings: which bookings, and the messages that tell them. */
export interface SlotBookingsChange {
  bookingIds: string[];
  outboxIds: string[];
}

/**
 * What scheduling needs done to the bookings of a slot when the slot itself changes. Bookings have
 * one owner, libs/booking: it implements this port (through its state machine, with the invite
 * sequence, outbox and audit) and its module provides the scheduling flows that use it — scheduling
 * never writes a booking itself and never imports libs/booking.
 */
export abstract class SlotBookings {
  /** Cancels every booked booking of the slot in the caller's transaction. */
  abstract cancelAllOfSlot(
    manager: EntityManager,
    slotId: string,
    actor: AuthUser,
    reason: string,
    now: Date,
    delivery?: OutboxWriteOptions,
  ): Promise<SlotBookingsChange>;

  /** The slot got a new contact (same time): every booked booking gets a new invite. */
  abstract announceNewContact(
    manager: EntityManager,
    slotId: string,
    previousContactId: string,
    delivery?: OutboxWriteOptions,
  ): Promise<SlotBookingsChange>;

  /**
   * Undoes the cancellation of these bookings of the slot (an absence undone before anyone was told);
   * a booking rebooked meanwhile stays cancelled. Returns how many are booked again.
   */
  abstract reopenCancelled(manager: EntityManager, slotId: string, bookingIds: string[]): Promise<number>;
}
