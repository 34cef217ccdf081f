import { DomainException, ErrorCode } from '@app/common';
import { BookingStatus } from './entities/booking.enums';

/**
 * What may happen to a booking in each status: booked → held | no_show | cancelled (or moved); after
 * that nothing — except that a cancellation nobody has been told of (an absence undone within its
 * undo window) may be reopened.
 */
export type BookingAction =
  | 'cancel'
  | 'reschedule'
  | 'change the contact of'
  | 'give a new video room to'
  | 'record the outcome of'
  | 'rate'
  | 'reopen';

const ALLOWED: Record<BookingAction, BookingStatus[]> = {
  cancel: [BookingStatus.Booked],
  reschedule: [BookingStatus.Booked],
  'change the contact of': [BookingStatus.Booked],
  'give a new video room to': [BookingStatus.Booked],
  'record the outcome of': [BookingStatus.Booked],
  rate: [BookingStatus.Held],
  reopen: [BookingStatus.Cancelled],
};

/** Refuses an illegal transition with 409 CONFLICT. */
export function assertTransition(status: BookingStatus, action: BookingAction): void {
  if (!ALLOWED[action].includes(status)) {
    throw new DomainException(ErrorCode.Conflict, `You cannot ${action} a booking that is ${status}`);
  }
}
