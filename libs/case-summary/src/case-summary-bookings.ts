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
 * How case summaries read the booking they belong to. Bookings have one owner, libs/booking, whose
 * one booking read query answers this (its BookingReadModule provides the port); case summaries never
 * query the bookings table for it and never import libs/booking (which depends on them).
 */
export abstract class CaseSummaryBookings {
  /** The booking, or null; `lock` locks its row for the rest of the caller's transaction. */
  abstract find(
    manager: EntityManager,
    bookingId: string,
    options: { lock: boolean },
  ): Promise<CaseSummaryBookingRow | null>;
}
