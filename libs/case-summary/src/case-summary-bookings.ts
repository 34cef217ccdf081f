import { EntityManager } from 'typeorm';

/** A booking as far as case summaries care: who may write and who may read. */
export interface CaseSummaryBookingRow {
  id: string;
  status: string;
  consultant_id: string;
  municipality_id: string;
  contact_id: string;
  region_id: string;
  ends_at: Date;
}

/**
 * What case summaries need of the booking they belong to. Bookings have one owner, libs/booking: it
 * reads them with its one booking query and makes the changes (its BookingReadModule provides the
 * port); case summaries never query or write the bookings table and never import libs/booking
 * (which depends on them).
 */
export abstract class CaseSummaryBookings {
  /** The booking, or null; `lock` locks its row for the rest of the caller's transaction. */
  abstract find(
    manager: EntityManager,
    bookingId: string,
    options: { lock: boolean },
  ): Promise<CaseSummaryBookingRow | null>;

  /** Records on the booking when its case summary was given (null: deleted), in the caller's transaction. */
  abstract markCaseSummarySubmitted(
    manager: EntityManager,
    bookingId: string,
    at: Date | null,
  ): Promise<void>;

  /**
   * Empties the booking questions under the case-summary retention rule (the session ended before
   * `endedBefore`, or the municipality cancelled the booking); returns how many.
   */
  abstract purgeQuestions(manager: EntityManager, endedBefore: Date, now: Date): Promise<number>;
}
