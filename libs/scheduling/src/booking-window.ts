import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';

/** When booking a slot closes (BOOKING_CLOSES_BEFORE before its start). */
@Injectable()
export class BookingWindow {
  constructor(private readonly config: AppConfig) {}

  closesAt(startsAt: Date): Date {
    return new Date(startsAt.getTime() - this.config.bookingClosesBeforeMs);
  }

  /** Slots starting after this instant can still be booked. */
  earliestBookableStart(now: Date): Date {
    return new Date(now.getTime() + this.config.bookingClosesBeforeMs);
  }

  isClosed(startsAt: Date, now: Date): boolean {
    return now >= this.closesAt(startsAt);
  }
}
