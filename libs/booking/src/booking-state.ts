import { DomainException, ErrorCode } from '@app/common';
import { BookingStatus } from './entities/booking.enums';

/** What may happen to a booking in each status: booked → held | no_show | cancelled (or moved); nothing after. */
export type BookingAction =
  'cancel' | 'reschedule' | 'change the contact of' | 'record the outcome of' | 'rate';

const ALLOWED: Record<BookingAction, BookingStatus[]> = {
  cancel: [BookingStatus.Booked],
  reschedule: [BookingStatus.Booked],
  'change the contact of': [BookingStatus.Booked],
  'record the outcome of': [BookingStatus.Booked],
  rate: [BookingStatus.Held],
};

/** Refuses an illegal transition with 409 CONFLICT. */
export function assertTransition(status: BookingStatus, action: BookingAction): void {
  if (!ALLOWED[action].includes(status)) {
    throw new DomainException(ErrorCode.Conflict, `You cannot ${action} a booking that is ${status}`);
  }
}
