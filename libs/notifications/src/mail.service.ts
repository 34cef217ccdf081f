import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildInvite, inviteMethod } from './invite.builder';
import { INVITE_KINDS, MailKind } from './mail-kind';
import { renderMail } from './mail-templates';
import { MailerService, PermanentSmtpError } from './mailer.service';
import { NotificationBooking, Recipient, recipientsOf } from './notification-booking';
import { NotificationBookingRepository } from './notification-booking.repository';

export interface BookingMailRequest {
  bookingId: string;
  kind: MailKind;
  /** The booking's invite sequence the mail belongs to; a newer booking state makes it stale. */
  icsSequence: number;
  /** Reminders: how long before the session. */
  offsetMs?: number;
}

export type MailOutcome =
  { skipped: 'booking-gone' | 'stale' } | { sent: number; alreadySent: number; failed: number };

/** Whether the booking, as it is now, still wants this mail (re-checked by every job). */
export function stillWanted(booking: NotificationBooking, request: BookingMailRequest): boolean {
  if (booking.icsSequence !== request.icsSequence) return false;
  switch (request.kind) {
    case MailKind.Booked:
    case MailKind.Moved:
    case MailKind.DeputyAssigned:
    case MailKind.Reminder:
      return booking.status === 'booked';
    case MailKind.Cancelled:
      return booking.status === 'cancelled';
    case MailKind.SummaryMissing:
      return booking.status === 'booked' && !booking.caseSummarySubmitted;
    case MailKind.OutcomeRequested:
      return booking.status === 'booked' && !booking.outcomeRecorded;
  }
}

function recipientsFor(booking: NotificationBooking, kind: MailKind): Recipient[] {
  const all = recipientsOf(booking);
  if (kind === MailKind.SummaryMissing) return all.filter((r) => r.role === 'consultant');
  if (kind === MailKind.OutcomeRequested) return all.filter((r) => r.role === 'contact');
  return all;
}

/**
 * Sends one kind of mail about one booking to its recipients, each at most once: a send-log row per
 * (booking, kind, sequence, recipient), locked while sending, marked sent after the server accepted.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: NotificationBookingRepository,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  async send(request: BookingMailRequest): Promise<MailOutcome> {
    const booking = await this.bookings.find(request.bookingId);
    if (!booking) return { skipped: 'booking-gone' };
    if (!stillWanted(booking, request)) return { skipped: 'stale' };
    const logKind = request.kind === MailKind.Reminder ? `reminder-${request.offsetMs ?? 0}` : request.kind;
    const rendered = renderMail({
      kind: request.kind,
      booking,
      appUrl: this.config.appUrl,
      offsetMs: request.offsetMs,
    });
    const invite = INVITE_KINDS.has(request.kind)
      ? { method: inviteMethod(booking), content: buildInvite(booking, this.config) }
      : undefined;

    let sent = 0;
    let alreadySent = 0;
    let failed = 0;
    let temporary: unknown = null;
    for (const recipient of recipientsFor(booking, request.kind)) {
      const result = await this.sendOnce(
        {
          bookingId: booking.id,
          kind: logKind,
          icsSequence: request.icsSequence,
          recipient: recipient.email,
        },
        () => this.mailer.send({ to: recipient.email, ...rendered, invite }),
      );
      if (result === 'sent') sent++;
      else if (result === 'already') alreadySent++;
      else if (result === 'failed') failed++;
      else temporary = result.error;
    }
    if (temporary) throw temporary; // retried with backoff; recipients already served are skipped
    if (failed > 0 && sent === 0 && alreadySent === 0)
      throw new UnrecoverableError(`SMTP refused the ${logKind} mail permanently for every recipient`);
    return { sent, alreadySent, failed };
  }

  private async sendOnce(
    key: { bookingId: string; kind: string; icsSequence: number; recipient: string },
    deliver: () => Promise<void>,
  ): Promise<'sent' | 'already' | 'failed' | { error: unknown }> {
    const params = [key.bookingId, key.kind, key.icsSequence, key.recipient.toLowerCase()];
    await this.dataSource.query(
      `INSERT INTO mail_sends (booking_id, kind, ics_sequence, recipient) VALUES ($1, $2, $3, $4)
       ON CONFLICT (booking_id, kind, ics_sequence, recipient) DO NOTHING`,
      params,
    );
    return this.dataSource.transaction(async (manager) => {
      // The row lock makes a concurrent duplicate job wait, then see `sent`.
      const [row]: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM mail_sends WHERE booking_id = $1 AND kind = $2 AND ics_sequence = $3 AND recipient = $4 FOR UPDATE`,
        params,
      );
      if (row.status === 'sent') return 'already' as const;
      if (row.status === 'failed') return 'failed' as const;
      try {
        await deliver();
      } catch (error) {
        const permanent = error instanceof PermanentSmtpError;
        const message = permanent ? `${error.responseCode} ${error.message}` : (error as Error).message;
        await manager.query(
          `UPDATE mail_sends SET status = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1`,
          [row.id, permanent ? 'failed' : 'pending', message.slice(0, 1000)],
        );
        if (permanent) {
          this.logger.error(
            { bookingId: key.bookingId, kind: key.kind, icsSequence: key.icsSequence, smtp: message },
            'Mail refused permanently; not retried',
          );
          return 'failed' as const;
        }
        this.logger.warn(
          { bookingId: key.bookingId, kind: key.kind, smtp: message },
          'Mail failed temporarily; will retry',
        );
        return { error };
      }
      await manager.query(
        `UPDATE mail_sends SET status = 'sent', attempts = attempts + 1, last_error = NULL, sent_at = now() WHERE id = $1`,
        [row.id],
      );
      return 'sent' as const;
    });
  }
}
