import { BookingEventPayload, OutboxKind } from '@app/jobs';
import { MailKind } from './mail-kind';
import type { BookingMailRequest } from './mail.service';

/** The mail each outbox event sends. */
export const MAIL_OF: Record<OutboxKind, MailKind> = {
  [OutboxKind.BookingCreated]: MailKind.Booked,
  [OutboxKind.BookingRescheduled]: MailKind.Moved,
  [OutboxKind.BookingCancelled]: MailKind.Cancelled,
  [OutboxKind.BookingContactChanged]: MailKind.DeputyAssigned,
};

/** The mail job of an outbox event (its job id is the outbox id); null for a kind without mail. */
export function mailRequestOf(event: {
  kind: string;
  payload: BookingEventPayload;
}): BookingMailRequest | null {
  const kind = MAIL_OF[event.kind as OutboxKind] as MailKind | undefined;
  if (!kind) return null;
  return { bookingId: event.payload.bookingId, kind, icsSequence: event.payload.icsSequence };
}
