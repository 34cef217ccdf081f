import { EntityManager } from 'typeorm';
import { AuthUser } from '@app/auth';

/**
 * What scheduling needs done to the bookings of a slot when the slot itself changes. Bookings have
 * one owner, libs/booking: it implements this port (through its state machine, with the invite
 * sequence, outbox and audit) and its module provides the scheduling flows that use it — scheduling
 * never writes a booking itself and never imports libs/booking.
 */
export abstract class SlotBookings {
  /** Cancels every booked booking of the slot in the caller's transaction; returns how many. */
  abstract cancelAllOfSlot(
    manager: EntityManager,
    slotId: string,
    actor: AuthUser,
    reason: string,
    now: Date,
  ): Promise<number>;

  /** The slot got a new contact (same time): every booked booking gets a new invite; returns how many. */
  abstract announceNewContact(
    manager: EntityManager,
    slotId: string,
    previousContactId: string,
  ): Promise<number>;
}
