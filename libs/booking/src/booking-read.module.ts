import { Global, Injectable, Module } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseSummaryBookingRow, CaseSummaryBookings } from '@app/case-summary';
import { BookingReadRepository } from './booking-read.repository';

/** Case summaries read their booking through the one booking read query. */
@Injectable()
export class CaseSummaryBookingsOfBooking extends CaseSummaryBookings {
  constructor(private readonly read: BookingReadRepository) {
    super();
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
 * The booking read query for the rest of the system (notifications, case summaries). Global, and
 * without imports, because libs that libs/booking depends on (case summaries) read bookings too:
 * they name a port, this module fills it. Imported once by BookingModule (api) and by the worker.
 */
@Global()
@Module({
  providers: [
    BookingReadRepository,
    { provide: CaseSummaryBookings, useClass: CaseSummaryBookingsOfBooking },
  ],
  exports: [BookingReadRepository, CaseSummaryBookings],
})
export class BookingReadModule {}
