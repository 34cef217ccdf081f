import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BookingFacts, BookingReadRepository } from '@app/booking';
import { AppConfig, videoRoomUrl } from '@app/config';
import { NotificationBooking } from './notification-booking';

/** Only the facts of the one booking read query: never a question, summary, note, comment or reason. */
const toBooking = (r: BookingFacts, config: AppConfig): NotificationBooking => ({
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

/** Plain data access for notifications: bookings without case content (read by libs/booking), feed tokens. */
@Injectable()
export class NotificationBookingRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingReadRepository,
    private readonly config: AppConfig,
  ) {}

  private readonly toBooking = (r: BookingFacts): NotificationBooking => toBooking(r, this.config);

  async find(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<NotificationBooking | null> {
    const row = await this.bookings.findFacts(id, manager);
    return row ? this.toBooking(row) : null;
  }

  /** Booked sessions that still have something to remind about (start or outcome ahead). */
  async findActive(now: Date, outcomeWindowMs: number): Promise<NotificationBooking[]> {
    const rows = await this.bookings.findBookedEndingAfter(new Date(now.getTime() - outcomeWindowMs), 10000);
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
    const rows = await this.bookings.findNotCancelledOf(userId, new Date(now.getTime() - 24 * 3600_000), 500);
    return rows.map(this.toBooking);
  }
}
