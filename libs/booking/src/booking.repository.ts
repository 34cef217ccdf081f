import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeysetPosition } from '@app/common';
import { isUniqueViolation, returnedRows } from '@app/database';
import { BookingScope, scopeSql } from './booking-scope';
import { ACTIVE_SEAT_INDEX } from './entities/booking.entity';
import { BookingRow } from './booking.view';
import { Attendance, BookingStatus, ChildAgeBand, Recommendation, Topic } from './entities/booking.enums';

// The names are scalar subqueries, not joins: with seven tables joined, PostgreSQL spent about 2 ms
// planning each page (three times the 0.7 ms of executing it); with four it plans in 0.3 ms.
const BOOKING_SELECT = `
  SELECT b.id, b.slot_id, b.status, b.municipality_id, b.consultant_id,
         (SELECT c.name FROM users c WHERE c.id = b.consultant_id) AS consultant_name,
         s.contact_id, (SELECT k.name FROM users k WHERE k.id = s.contact_id) AS contact_name, b.topic, b.step, b.child_age_band, b.question_encrypted, b.question_key_id, b.gp_email,
         b.participant_emails, b.case_summary_due_at, b.case_summary_submitted_at, b.created_at,
         b.cancelled_at, b.cancelled_by_id, x.name AS cancelled_by_name, x.role AS cancelled_by_role,
         b.cancel_reason, b.late_cancellation, b.ics_sequence, s.starts_at, s.ends_at, b.session_starts_at,
         b.rebooked_from_id, (SELECT r.id FROM bookings r WHERE r.rebooked_from_id = b.id) AS rebooked_as_id,
         cs.booking_id IS NOT NULL AS case_summary_stored, cs.purged_at AS case_summary_purged_at,
         cs.purge_reason AS case_summary_purge_reason, b.outcome_attendance, b.outcome_recommendation, b.outcome_gp_participated,
         b.outcome_note, b.outcome_recorded_at, b.rating_value, b.rating_comment, b.rated_at,
         ARRAY(SELECT r.recipient FROM (
                 SELECT DISTINCT ON (ms.recipient) ms.recipient, ms.status FROM mail_sends ms
                  WHERE ms.booking_id = b.id ORDER BY ms.recipient, ms.created_at DESC) r
               WHERE r.status = 'failed' ORDER BY r.recipient) AS undelivered_recipients
  FROM bookings b
  JOIN slots s ON s.id = b.slot_id
  LEFT JOIN users x ON x.id = b.cancelled_by_id
  LEFT JOIN case_summaries cs ON cs.booking_id = b.id`;

export interface BookingFilter {
  from?: Date;
  to?: Date;
  status?: BookingStatus;
  municipalityId?: string;
  /** Keyset order on (session_starts_at, id), and the last row of the page before. */
  direction: 'asc' | 'desc';
  after?: KeysetPosition;
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
  /** Encrypted with the id the caller chose for the booking (the ciphertext is bound to it). */
  id: string;
  questionEncrypted: Buffer;
  questionKeyId: string;
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

export interface NewOutcome {
  status: BookingStatus.Held | BookingStatus.NoShow;
  attendance: Attendance;
  recommendation: Recommendation;
  gpParticipated: boolean;
  note: string | null;
  at: Date;
}

/** A stored Idempotency-Key row. */
export interface IdempotencyRecord {
  request_hash: string;
  response_status: number | null;
  response_body: unknown;
}

/** Plain data access for bookings; all SQL, no rules. */
@Injectable()
export class BookingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(scope: BookingScope, filter: BookingFilter): Promise<BookingRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [scopeSql(scope, param)];
    if (filter.from) where.push(`b.session_starts_at >= ${param(filter.from)}`);
    if (filter.to) where.push(`b.session_starts_at < ${param(filter.to)}`);
    if (filter.status) where.push(`b.status = ${param(filter.status)}`);
    if (filter.municipalityId) where.push(`b.municipality_id = ${param(filter.municipalityId)}`);
    const order = filter.direction === 'asc' ? 'ASC' : 'DESC';
    if (filter.after) {
      const beyond = filter.direction === 'asc' ? '>' : '<';
      where.push(
        `(b.session_starts_at, b.id) ${beyond} (${param(filter.after.at)}, ${param(filter.after.id)}::uuid)`,
      );
    }
    return this.dataSource.query(
      `${BOOKING_SELECT} WHERE ${where.join(' AND ')}
       ORDER BY b.session_starts_at ${order}, b.id ${order} LIMIT ${param(filter.limit)}`,
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
   * a concurrent request that took the same seat first makes the insert do nothing, and then the next
   * free seat is tried (each statement sees the seats committed meanwhile) — so a multi-seat slot is
   * filled under concurrency. Null only when no seat is free.
   */
  async insertIntoFreeSeat(manager: EntityManager, booking: NewBooking): Promise<string | null> {
    for (let attempt = 0; attempt <= booking.capacity; attempt++) {
      const id = await this.tryInsertIntoFreeSeat(manager, booking);
      if (id) return id;
      if (!(await this.hasFreeSeat(manager, booking.slotId, booking.capacity))) return null;
    }
    return null;
  }

  private async hasFreeSeat(manager: EntityManager, slotId: string, capacity: number): Promise<boolean> {
    const [row]: { taken: number }[] = await manager.query(
      `SELECT count(*)::int AS taken FROM bookings WHERE slot_id = $1 AND status <> 'cancelled'`,
      [slotId],
    );
    return row.taken < capacity;
  }

  private async tryInsertIntoFreeSeat(manager: EntityManager, booking: NewBooking): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO bookings (id, slot_id, seat, municipality_id, consultant_id, topic, step, child_age_band,
                             question_encrypted, question_key_id, gp_email, participant_emails, case_summary_due_at)
       SELECT $12, $1, g.seat, $2, $3, $4::booking_topic, $5, $6::child_age_band, $7, $13, $8, $9::varchar[], $10
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
        booking.questionEncrypted,
        booking.gpEmail,
        booking.participantEmails,
        booking.caseSummaryDueAt,
        booking.capacity,
        booking.id,
        booking.questionKeyId,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** Links a new booking to the cancelled one it replaces (the unique index allows one). */
  async markRebooked(manager: EntityManager, id: string, rebookedFromId: string): Promise<void> {
    await manager.query(`UPDATE bookings SET rebooked_from_id = $2 WHERE id = $1`, [id, rebookedFromId]);
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
    return returnedRows<{ ics_sequence: number }>(rows)[0]?.ics_sequence ?? null;
  }

  /** Locks the booking row for the rest of the transaction, so changes of one booking run one at a time. */
  async lock(manager: EntityManager, id: string): Promise<void> {
    await manager.query('SELECT id FROM bookings WHERE id = $1 FOR UPDATE', [id]);
  }

  /** Serialises the bookings of one consultant (for the active-bookings limit). */
  async lockConsultant(manager: EntityManager, consultantId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`booking:${consultantId}`]);
  }

  async countActiveFuture(manager: EntityManager, consultantId: string, now: Date): Promise<number> {
    const [row]: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM bookings b
       WHERE b.consultant_id = $1 AND b.status = 'booked' AND b.session_starts_at > $2`,
      [consultantId, now],
    );
    return row.count;
  }

  /**
   * Moves a booked booking to the lowest free seat of another slot. Returns the new invite sequence,
   * or null when the slot has no free seat. A concurrent winner for the same seat surfaces as a unique
   * violation of the active-seat index: the attempt is rolled back to a savepoint and the next free
   * seat is tried, so concurrent moves into a multi-seat slot fill it.
   */
  async moveToFreeSeat(
    manager: EntityManager,
    id: string,
    move: { slotId: string; capacity: number; caseSummaryDueAt: Date },
  ): Promise<number | null> {
    for (let attempt = 0; attempt <= move.capacity; attempt++) {
      await manager.query('SAVEPOINT seat_choice');
      try {
        const sequence = await this.tryMoveToFreeSeat(manager, id, move);
        await manager.query('RELEASE SAVEPOINT seat_choice');
        return sequence;
      } catch (error) {
        if (!isUniqueViolation(error, ACTIVE_SEAT_INDEX)) throw error;
        await manager.query('ROLLBACK TO SAVEPOINT seat_choice');
        if (!(await this.hasFreeSeat(manager, move.slotId, move.capacity))) return null;
      }
    }
    return null;
  }

  private async tryMoveToFreeSeat(
    manager: EntityManager,
    id: string,
    move: { slotId: string; capacity: number; caseSummaryDueAt: Date },
  ): Promise<number | null> {
    const rows: unknown = await manager.query(
      `WITH free AS (
         SELECT g.seat FROM generate_series(1, $3::int) AS g(seat)
         WHERE NOT EXISTS (SELECT 1 FROM bookings o WHERE o.slot_id = $2 AND o.seat = g.seat AND o.status <> 'cancelled')
         ORDER BY g.seat LIMIT 1)
       UPDATE bookings b SET slot_id = $2, seat = free.seat, case_summary_due_at = $4,
              ics_sequence = b.ics_sequence + 1, updated_at = now()
       FROM free WHERE b.id = $1 AND b.status = 'booked'
       RETURNING b.ics_sequence`,
      [id, move.slotId, move.capacity, move.caseSummaryDueAt],
    );
    return returnedRows<{ ics_sequence: number }>(rows)[0]?.ics_sequence ?? null;
  }

  /** Records the outcome of a booked session; false when it was not booked any more. */
  async recordOutcome(manager: EntityManager, id: string, outcome: NewOutcome): Promise<boolean> {
    const rows: unknown = await manager.query(
      `UPDATE bookings SET status = $2, outcome_attendance = $3, outcome_recommendation = $4,
              outcome_gp_participated = $5, outcome_note = $6, outcome_recorded_at = $7, updated_at = now()
       WHERE id = $1 AND status = 'booked' RETURNING id`,
      [
        id,
        outcome.status,
        outcome.attendance,
        outcome.recommendation,
        outcome.gpParticipated,
        outcome.note,
        outcome.at,
      ],
    );
    return returnedRows(rows).length === 1;
  }

  /** Rates a held session once; false when it was rated already or is not held. */
  async rate(
    manager: EntityManager,
    id: string,
    rating: { value: number; comment: string | null; at: Date },
  ): Promise<boolean> {
    const rows: unknown = await manager.query(
      `UPDATE bookings SET rating_value = $2, rating_comment = $3, rated_at = $4, updated_at = now()
       WHERE id = $1 AND status = 'held' AND rating_value IS NULL RETURNING id`,
      [id, rating.value, rating.comment, rating.at],
    );
    return returnedRows(rows).length === 1;
  }

  /**
   * Claims an Idempotency-Key for this transaction: true when it is new (or expired and taken over).
   * A concurrent claim of the same key waits here until the first transaction ends.
   */
  async claimIdempotencyKey(
    manager: EntityManager,
    claim: { userId: string; key: string; requestHash: string; now: Date; expiredBefore: Date },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, created_at = EXCLUDED.created_at,
             response_status = NULL, response_body = NULL
         WHERE idempotency_keys.created_at < $5
       RETURNING user_id`,
      [claim.userId, claim.key, claim.requestHash, claim.now, claim.expiredBefore],
    );
    return rows.length === 1;
  }

  async findIdempotencyKey(
    manager: EntityManager,
    userId: string,
    key: string,
  ): Promise<IdempotencyRecord | null> {
    const rows: IdempotencyRecord[] = await manager.query(
      'SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2',
      [userId, key],
    );
    return rows[0] ?? null;
  }

  async storeIdempotentResponse(
    manager: EntityManager,
    userId: string,
    key: string,
    response: { status: number; body: unknown },
  ): Promise<void> {
    await manager.query(
      'UPDATE idempotency_keys SET response_status = $3, response_body = $4::jsonb WHERE user_id = $1 AND key = $2',
      [userId, key, response.status, JSON.stringify(response.body)],
    );
  }
}
