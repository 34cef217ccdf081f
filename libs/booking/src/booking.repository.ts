import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BookingScope, scopeSql } from './booking-scope';
import { BookingRow } from './booking.view';
import { BookingStatus, ChildAgeBand, Topic } from './entities/booking.enums';

const BOOKING_SELECT = `
  SELECT b.id, b.slot_id, b.status, b.municipality_id, b.consultant_id, c.name AS consultant_name,
         s.contact_id, k.name AS contact_name, b.topic, b.step, b.child_age_band, b.question, b.gp_email,
         b.participant_emails, b.case_summary_due_at, b.case_summary_submitted_at, b.created_at,
         b.cancelled_at, b.cancelled_by_id, x.name AS cancelled_by_name, b.cancel_reason, b.late_cancellation,
         b.ics_sequence, s.starts_at
  FROM bookings b
  JOIN slots s ON s.id = b.slot_id
  JOIN users c ON c.id = b.consultant_id
  JOIN users k ON k.id = s.contact_id
  JOIN municipalities m ON m.id = b.municipality_id
  LEFT JOIN users x ON x.id = b.cancelled_by_id`;

export interface BookingFilter {
  from?: Date;
  to?: Date;
  status?: BookingStatus;
  municipalityId?: string;
  limit: number;
}

export interface NewBooking {
  slotId: string;
  capacity: number;
  municipalityId: string;
  consultantId: string;
  topic: Topic;
  step: number;
  childAgeBand: ChildAgeBand;
  question: string;
  gpEmail: string | null;
  participantEmails: string[];
  caseSummaryDueAt: Date;
}

/** The slot facts booking rules need, read inside the booking transaction. */
export interface BookableSlot {
  id: string;
  status: 'open' | 'cancelled';
  starts_at: Date;
  capacity: number;
  offered: boolean;
}

/** Plain data access for bookings; all SQL, no rules. */
@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(scope: BookingScope, filter: BookingFilter): Promise<BookingRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [scopeSql(scope, param)];
    if (filter.from) where.push(`s.starts_at >= ${param(filter.from)}`);
    if (filter.to) where.push(`s.starts_at < ${param(filter.to)}`);
    if (filter.status) where.push(`b.status = ${param(filter.status)}`);
    if (filter.municipalityId) where.push(`b.municipality_id = ${param(filter.municipalityId)}`);
    return this.dataSource.query(
      `${BOOKING_SELECT} WHERE ${where.join(' AND ')} ORDER BY s.starts_at, b.created_at LIMIT ${param(filter.limit)}`,
      params,
    );
  }

  async findInScope(
    id: string,
    scope: BookingScope,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BookingRow | null> {
    const params: unknown[] = [id];
    const param = (value: unknown) => `$${params.push(value)}`;
    const rows: BookingRow[] = await manager.query(
      `${BOOKING_SELECT} WHERE b.id = $1 AND ${scopeSql(scope, param)}`,
      params,
    );
    return rows[0] ?? null;
  }

  async findBookableSlot(
    manager: EntityManager,
    slotId: string,
    municipalityId: string,
  ): Promise<BookableSlot | null> {
    const rows: BookableSlot[] = await manager.query(
      `SELECT s.id, s.status, s.starts_at, s.capacity,
              EXISTS (SELECT 1 FROM slot_offers o WHERE o.slot_id = s.id AND o.municipality_id = $2) AS offered
       FROM slots s WHERE s.id = $1`,
      [slotId, municipalityId],
    );
    return rows[0] ?? null;
  }

  /**
   * Takes the lowest free seat of the slot. The partial unique index on (slot, seat) decides races:
   * a concurrent winner makes this insert nothing, and the caller sees null.
   */
  async insertIntoFreeSeat(manager: EntityManager, booking: NewBooking): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO bookings (slot_id, seat, municipality_id, consultant_id, topic, step, child_age_band, question,
                             gp_email, participant_emails, case_summary_due_at)
       SELECT $1, g.seat, $2, $3, $4::booking_topic, $5, $6::child_age_band, $7, $8, $9::varchar[], $10
       FROM generate_series(1, $11::int) AS g(seat)
       WHERE NOT EXISTS (SELECT 1 FROM bookings o WHERE o.slot_id = $1 AND o.seat = g.seat AND o.status <> 'cancelled')
       ORDER BY g.seat LIMIT 1
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        booking.slotId,
        booking.municipalityId,
        booking.consultantId,
        booking.topic,
        booking.step,
        booking.childAgeBand,
        booking.question,
        booking.gpEmail,
        booking.participantEmails,
        booking.caseSummaryDueAt,
        booking.capacity,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Cancels a booking that is still booked; returns the new invite sequence, or null if it was not booked. */
  async cancel(
    manager: EntityManager,
    id: string,
    change: { cancelledById: string; reason: string | null; late: boolean; at: Date },
  ): Promise<number | null> {
    const rows: { ics_sequence: number }[] = await manager.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancelled_by_id = $3, cancel_reason = $4,
              late_cancellation = $5, ics_sequence = ics_sequence + 1, updated_at = now()
       WHERE id = $1 AND status = 'booked' RETURNING ics_sequence`,
      [id, change.at, change.cancelledById, change.reason, change.late],
    );
    // TypeORM returns [rows, count] for UPDATE … RETURNING on postgres.
    const returned = Array.isArray(rows[0]) ? (rows[0] as unknown as { ics_sequence: number }[]) : rows;
    return returned[0]?.ics_sequence ?? null;
  }
}
