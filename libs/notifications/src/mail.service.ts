import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { AppConfig } from '@app/config';
import { buildInvite, inviteMethod } from './invite.builder';
import { INVITE_KINDS, MailKind } from './mail-kind';
import { renderMail } from './mail-templates';
import { MailSendKey, MailSendRepository } from './mail-send.repository';
import { MailerService, PermanentSmtpError, SmtpUnavailableError } from './mailer.service';
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
    case MailKind.VideoLinkChanged:
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

/** Another attempt holds the mail (status `sending` within its lease): try again later. */
export class MailInFlightError extends Error {
  constructor() {
    super('The mail is being sent by another attempt');
    this.name = 'MailInFlightError';
  }
}

/**
 * Sends one kind of mail about one booking to its recipients: a send-log row per (booking, kind,
 * sequence, recipient), marked `sending` with a fixed Message-ID before the SMTP server sees it and
 * `sent` after the server accepted. Duplicates only after a crash between those two (same
 * Message-ID) — see docs/delivery-guarantees.md.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  private readonly messageDomain: string;

  constructor(
    private readonly bookings: NotificationBookingRepository,
    private readonly mailer: MailerService,
    private readonly sendLog: MailSendRepository,
    private readonly config: AppConfig,
  ) {
    this.messageDomain = config.mailFrom.split('@')[1] ?? 'sparringsportalen.local';
  }

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
        (messageId) => this.mailer.send({ to: recipient.email, messageId, ...rendered, invite }),
      );
      if (result === 'sent') sent++;
      else if (result === 'already') alreadySent++;
      else if (result === 'failed') failed++;
      else {
        temporary = result.error;
        if (result.error instanceof SmtpUnavailableError) break; // the others cannot go either
      }
    }
    // Temporary: the job is retried with backoff (an unreachable server pauses the queue instead, see
    // the processors); recipients already served are skipped.
    if (temporary) throw temporary;
    if (failed > 0 && sent === 0 && alreadySent === 0)
      throw new UnrecoverableError(`SMTP refused the ${logKind} mail permanently for every recipient`);
    return { sent, alreadySent, failed };
  }

  private async sendOnce(
    key: MailSendKey,
    deliver: (messageId: string) => Promise<void>,
  ): Promise<'sent' | 'already' | 'failed' | { error: unknown }> {
    const claim = await this.sendLog.claim(key, this.config.mailSendingLeaseMs, this.messageDomain);
    if (!claim.claimed) {
      if (claim.status === 'sent') return 'already';
      if (claim.status === 'failed') return 'failed';
      // Another attempt is under way (a duplicate job, or a worker that died within the lease).
      return { error: new MailInFlightError() };
    }
    try {
      await deliver(claim.messageId);
    } catch (error) {
      const permanent = error instanceof PermanentSmtpError;
      const message = permanent ? `${error.responseCode} ${error.message}` : (error as Error).message;
      await this.sendLog.markFailed(claim.id, permanent, message);
      if (permanent) {
        this.logger.error(
          { bookingId: key.bookingId, kind: key.kind, icsSequence: key.icsSequence, smtp: message },
          'Mail refused permanently; not retried',
        );
        return 'failed';
      }
      this.logger.warn(
        { bookingId: key.bookingId, kind: key.kind, smtp: message },
        'Mail failed temporarily; will retry',
      );
      return { error };
    }
    await this.sendLog.markSent(claim.id);
    return 'sent';
  }
}
