import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '@app/organisations';
import { BookingStatus } from './entities/booking.enums';

/**
 * The one booking read query: a booking with its slot, municipality and people. Every reader of
 * bookings — the booking views, notifications, case summaries — selects from here. The facts hold no
 * free text (no question, cancellation reason, outcome note, rating comment or case summary), so
 * readers that must never carry case content (mails, invites, jobs) read only the facts.
 */
//
// The people and the municipality are scalar subqueries, not joins: with seven tables joined,
// PostgreSQL spent about 2 ms planning each page of `GET /bookings` (three times the 0.7 ms of running
// it); with four it plans in 0.3 ms (bench/README.md, "Performance targets of issue 14").
const BOOKING_FROM = `
  FROM bookings b
  JOIN slots s ON s.id = b.slot_id
  LEFT JOIN users x ON x.id = b.cancelled_by_id`;

const FACT_COLUMNS = `
  b.id, b.slot_id, b.status, b.municipality_id,
  (SELECT m.name FROM municipalities m WHERE m.id = b.municipality_id) AS municipality_name,
  (SELECT m.region_id FROM municipalities m WHERE m.id = b.municipality_id) AS region_id,
  b.consultant_id, (SELECT c.name FROM users c WHERE c.id = b.consultant_id) AS consultant_name,
  (SELECT c.email FROM users c WHERE c.id = b.consultant_id) AS consultant_email,
  s.contact_id, (SELECT k.name FROM users k WHERE k.id = s.contact_id) AS contact_name,
  (SELECT k.email FROM users k WHERE k.id = s.contact_id) AS contact_email,
  b.topic, b.step, b.child_age_band, b.gp_email, b.participant_emails,
  b.case_summary_due_at, b.case_summary_submitted_at, b.created_at,
  b.cancelled_at, b.cancelled_by_id, x.name AS cancelled_by_name, x.role AS cancelled_by_role,
  b.late_cancellation, b.ics_sequence, s.starts_at, s.ends_at, s.video_url, s.status AS slot_status,
  b.session_starts_at, b.rebooked_from_id, b.outcome_attendance, b.outcome_recommendation,
  b.outcome_gp_participated, b.outcome_recorded_at, b.rating_value, b.rated_at, b.video_room_id`;

/** The facts plus what only the booking views show: case content (still encrypted where stored so) and derived state. */
const VIEW_COLUMNS = `${FACT_COLUMNS},
  b.question_encrypted, b.question_key_id, b.cancel_reason, b.outcome_note, b.rating_comment,
  (SELECT r.id FROM bookings r WHERE r.rebooked_from_id = b.id) AS rebooked_as_id,
  cs.booking_id IS NOT NULL AS case_summary_stored, cs.purged_at AS case_summary_purged_at,
  cs.purge_reason AS case_summary_purge_reason,
  ARRAY(SELECT r.recipient FROM (
          SELECT DISTINCT ON (ms.recipient) ms.recipient, ms.status FROM mail_sends ms
           WHERE ms.booking_id = b.id ORDER BY ms.recipient, ms.created_at DESC) r
        WHERE r.status = 'failed' ORDER BY r.recipient) AS undelivered_recipients`;

/** `SELECT … FROM …` of the one booking query, as facts only or as the booking views need it; add WHERE. */
export const bookingSelect = (columns: 'facts' | 'view'): string =>
  columns === 'facts'
    ? `SELECT ${FACT_COLUMNS} ${BOOKING_FROM}`
    : `SELECT ${VIEW_COLUMNS} ${BOOKING_FROM} LEFT JOIN case_summaries cs ON cs.booking_id = b.id`;

/** A booking without any free text: safe for mails, invites, jobs and logs. */
export interface BookingFacts {
  id: string;
  slot_id: string;
  status: BookingStatus;
  municipality_id: string;
  municipality_name: string;
  region_id: string;
  consultant_id: string;
  consultant_name: string;
  consultant_email: string;
  contact_id: string;
  contact_name: string;
  contact_email: string;
  gp_email: string | null;
  participant_emails: string[];
  case_summary_due_at: Date;
  case_summary_submitted_at: Date | null;
  cancelled_by_name: string | null;
  cancelled_by_role: Role | null;
  ics_sequence: number;
  starts_at: Date;
  ends_at: Date;
  video_url: string | null;
  /** The session's own video room id (see VIDEO_ROOM_URL_TEMPLATE). */
  video_room_id: string;
  slot_status: 'open' | 'cancelled';
  outcome_recorded_at: Date | null;
}

/** Reads booking facts for the other modules (notifications, case summaries); no rules, no writes. */
@Injectable()
export class BookingReadRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One booking; `lock` locks its row for the rest of the caller's transaction. */
  async findFacts(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    { lock }: { lock: boolean } = { lock: false },
  ): Promise<BookingFacts | null> {
    const rows: BookingFacts[] = await manager.query(
      `${bookingSelect('facts')} WHERE b.id = $1 ${lock ? 'FOR UPDATE OF b' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Booked sessions ending after the instant, soonest first (at most `limit`). */
  findBookedEndingAfter(endsAfter: Date, limit: number): Promise<BookingFacts[]> {
    return this.dataSource.query(
      `${bookingSelect('facts')} WHERE b.status = 'booked' AND s.ends_at > $1 ORDER BY s.starts_at LIMIT $2`,
      [endsAfter, limit],
    );
  }

  /** A user's sessions (as consultant or contact) that are not cancelled and end after the instant. */
  findNotCancelledOf(userId: string, endsAfter: Date, limit: number): Promise<BookingFacts[]> {
    return this.dataSource.query(
      `${bookingSelect('facts')} WHERE (b.consultant_id = $1 OR s.contact_id = $1)
         AND b.status IN ('booked', 'held', 'no_show') AND s.ends_at > $2 ORDER BY s.starts_at LIMIT $3`,
      [userId, endsAfter, limit],
    );
  }
}
