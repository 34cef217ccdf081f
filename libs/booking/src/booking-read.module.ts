import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseSummaryBookingRow, CaseSummaryBookings } from '@app/case-summary';
import { BookingReadRepository } from './booking-read.repository';
import { BookingRepository } from './booking.repository';

/** Case summaries read their booking through the one booking read query, and change it only here. */
@Injectable()
export class CaseSummaryBookingsOfBooking extends CaseSummaryBookings {
  constructor(
    private readonly read: BookingReadRepository,
    private readonly bookings: BookingRepository,
  ) {
    super();
  }

  markCaseSummarySubmitted(manager: EntityManager, bookingId: string, at: Date | null): Promise<void> {
    return this.bookings.markCaseSummarySubmitted(manager, bookingId, at);
  }

  purgeQuestions(manager: EntityManager, endedBefore: Date, now: Date): Promise<number> {
    return this.bookings.purgeQuestions(manager, endedBefore, now);
  }

  find(
    manager: EntityManager,
    bookingId: string,
    options: { lock: boolean },
  ): Promise<CaseSummaryBookingRow | null> {
    return this.read.findFacts(bookingId, manager, options);
  }
}

/**
 * Bookings for the rest of the system: the one booking read query (notifications, case summaries) and
 * the few booking changes case summaries make. Global, and without imports, because a lib that
 * libs/booking depends on (case summaries) needs bookings too: it names a port, this module fills it.
 * Imported once by BookingModule (api) and by the worker.
 */
@Global()
@Module({
  providers: [
    BookingReadRepository,
    BookingRepository,
    { provide: CaseSummaryBookings, useClass: CaseSummaryBookingsOfBooking },
  ],
  exports: [BookingReadRepository, CaseSummaryBookings],
})
export class BookingReadModule {}
