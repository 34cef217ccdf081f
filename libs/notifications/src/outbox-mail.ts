import { AccountLockedPayload, BookingEventPayload, JobName, OutboxKind } from '@app/jobs';
import type { AccountMailRequest } from './account-mail.service';
import { MailKind } from './mail-kind';
import type { BookingMailRequest } from './mail.service';

/** The booking mail each booking event sends. */
export const MAIL_OF: Partial<Record<OutboxKind, MailKind>> = {
  [OutboxKind.BookingCreated]: MailKind.Booked,
  [OutboxKind.BookingRescheduled]: MailKind.Moved,
  [OutboxKind.BookingCancelled]: MailKind.Cancelled,
  [OutboxKind.BookingContactChanged]: MailKind.DeputyAssigned,
  [OutboxKind.BookingVideoRoomChanged]: MailKind.VideoLinkChanged,
};

/** Every outbox kind that sends a mail: the reconciler looks after all of them. */
export const MAILING_KINDS: string[] = [
  ...Object.keys(MAIL_OF),
  OutboxKind.AccountLinkIssued,
  OutboxKind.AccountLocked,
];

export type OutboxMailJob =
  | { name: JobName.SendBookingMail; data: BookingMailRequest }
  | { name: JobName.SendAccountMail; data: AccountMailRequest };

/** The mail job of an outbox event (its job id is the outbox id); null for a kind without mail. */
export function mailJobOf(event: { kind: string; payload: object }): OutboxMailJob | null {
  if (event.kind === OutboxKind.AccountLinkIssued) {
    return {
      name: JobName.SendAccountMail,
      data: { tokenId: String((event.payload as { tokenId: string }).tokenId) },
    };
  }
  if (event.kind === OutboxKind.AccountLocked) {
    return { name: JobName.SendAccountMail, data: { locked: event.payload as AccountLockedPayload } };
  }
  const kind = MAIL_OF[event.kind as OutboxKind];
  if (!kind) return null;
  const payload = event.payload as BookingEventPayload;
  return {
    name: JobName.SendBookingMail,
    data: { bookingId: payload.bookingId, kind, icsSequence: payload.icsSequence },
  };
}
