import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, videoRoomUrl } from '@app/config';
import { NotificationBooking } from './notification-booking';

interface Row {
  id: string;
  status: NotificationBooking['status'];
  ics_sequence: number;
  starts_at: Date;
  ends_at: Date;
  video_url: string | null;
  video_room_id: string | null;
  municipality_name: string;
  consultant_name: string;
  consultant_email: string;
  contact_name: string;
  contact_email: string;
  gp_email: string | null;
  participant_emails: string[];
  case_summary_due_at: Date;
  case_summary_submitted_at: Date | null;
  outcome_recorded_at: Date | null;
  cancelled_by_name: string | null;
  cancelled_by_role: 'consultant' | 'contact' | 'admin' | null;
  slot_status: string;
}

// Never selects free text: not the question, case summaries, outcome notes, rating comments or cancel reasons.
const SELECT = `
  SELECT b.id, b.status, b.ics_sequence, s.starts_at, s.ends_at, s.video_url, b.video_room_id, m.name AS municipality_name,
         c.name AS consultant_name, c.email AS consultant_email, k.name AS contact_name, k.email AS contact_email,
         b.gp_email, b.participant_emails, b.case_summary_due_at, b.case_summary_submitted_at,
         b.outcome_recorded_at, x.name AS cancelled_by_name, x.role AS cancelled_by_role,
         s.status AS slot_status
  FROM bookings b
  JOIN slots s ON s.id = b.slot_id
  JOIN municipalities m ON m.id = b.municipality_id
  JOIN users c ON c.id = b.consultant_id
  JOIN users k ON k.id = s.contact_id
  LEFT JOIN users x ON x.id = b.cancelled_by_id`;

const toBooking = (r: Row, config: AppConfig): NotificationBooking => ({
  id: r.id,
  status: r.status,
  icsSequence: r.ics_sequence,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  // The session's own room (the invite's LOCATION): a past guest's link opens no later session.
  videoUrl: videoRoomUrl(config, r.video_room_id, r.video_url),
  municipalityName: r.municipality_name,
  consultant: { name: r.consultant_name, email: r.consultant_email },
  contact: { name: r.contact_name, email: r.contact_email },
  gpEmail: r.gp_email,
  participantEmails: r.participant_emails ?? [],
  caseSummaryDueAt: r.case_summary_due_at,
  caseSummarySubmitted: r.case_summary_submitted_at !== null,
  outcomeRecorded: r.outcome_recorded_at !== null,
  cancelledBy:
    r.cancelled_by_name && r.cancelled_by_role
      ? { name: r.cancelled_by_name, role: r.cancelled_by_role }
      : null,
  slotCancelled: r.slot_status === 'cancelled',
});

/** Plain data access for notifications: bookings without case content, send log, feed tokens. */
@Injectable()
export class NotificationBookingRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private readonly toBooking = (r: Row): NotificationBooking => toBooking(r, this.config);

  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<NotificationBooking | null> {
    const rows: Row[] = await manager.query(`${SELECT} WHERE b.id = $1`, [id]);
    return rows[0] ? this.toBooking(rows[0]) : null;
  }

  /** Booked sessions that still have something to remind about (start or outcome ahead). */
  async findActive(now: Date, outcomeWindowMs: number): Promise<NotificationBooking[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE b.status = 'booked' AND s.ends_at > $1 ORDER BY s.starts_at LIMIT 10000`,
      [new Date(now.getTime() - outcomeWindowMs)],
    );
    return rows.map(this.toBooking);
  }

  /** The user a feed token belongs to (by the token's hash). */
  async findFeedUser(tokenHash: string): Promise<string | null> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT t.user_id FROM calendar_feed_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = $1 AND u.active`,
      [tokenHash],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Replaces the user's feed token (the old one stops working). */
  async replaceFeedToken(userId: string, tokenHash: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO calendar_feed_tokens (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [userId, tokenHash],
    );
  }

  /** A user's upcoming sessions (as consultant or contact), for the calendar feed. */
  async findUpcomingFor(userId: string, now: Date): Promise<NotificationBooking[]> {
    const rows: Row[] = await this.dataSource.query(
      `${SELECT} WHERE (b.consultant_id = $1 OR s.contact_id = $1) AND b.status IN ('booked', 'held', 'no_show')
       AND s.ends_at > $2 ORDER BY s.starts_at LIMIT 500`,
      [userId, new Date(now.getTime() - 24 * 3600_000)],
    );
    return rows.map(this.toBooking);
  }
}
