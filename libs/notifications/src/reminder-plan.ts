import { MailKind } from './mail-kind';
import { NotificationBooking } from './notification-booking';

export interface ReminderSettings {
  reminderOffsetsMs: number[];
  summaryReminderBeforeDueMs: number;
  outcomeReminderAfterMs: number;
}

export interface PlannedReminder {
  /** Deterministic BullMQ job id: `reminder-<bookingId>-<kind>-<sequence>` (BullMQ forbids `:` here). */
  jobId: string;
  at: Date;
  data: ReminderJobData;
}

export interface ReminderJobData {
  bookingId: string;
  kind: MailKind.Reminder | MailKind.SummaryMissing | MailKind.OutcomeRequested;
  icsSequence: number;
  offsetMs?: number;
}

export const reminderJobId = (bookingId: string, kind: string, sequence: number) =>
  `reminder-${bookingId}-${kind}-${sequence}`;

/** Every reminder kind a booking can have, as used in job ids. */
export function reminderKeys(settings: ReminderSettings): string[] {
  return [
    ...settings.reminderOffsetsMs.map((ms) => `before${ms}`),
    MailKind.SummaryMissing,
    MailKind.OutcomeRequested,
  ];
}

/** The reminders a booked booking should have from now on (fire times in the past are dropped). */
export function planReminders(
  booking: NotificationBooking,
  settings: ReminderSettings,
  now: Date,
): PlannedReminder[] {
  if (booking.status !== 'booked') return [];
  const seq = booking.icsSequence;
  const planned: PlannedReminder[] = settings.reminderOffsetsMs.map((offsetMs) => ({
    jobId: reminderJobId(booking.id, `before${offsetMs}`, seq),
    at: new Date(booking.startsAt.getTime() - offsetMs),
    data: { bookingId: booking.id, kind: MailKind.Reminder, icsSequence: seq, offsetMs },
  }));
  if (!booking.caseSummarySubmitted)
    planned.push({
      jobId: reminderJobId(booking.id, MailKind.SummaryMissing, seq),
      // Booked (or moved) too late for the usual warning: the consultant is reminded at once, not never.
      at: new Date(
        Math.max(booking.caseSummaryDueAt.getTime() - settings.summaryReminderBeforeDueMs, now.getTime()),
      ),
      data: { bookingId: booking.id, kind: MailKind.SummaryMissing, icsSequence: seq },
    });
  if (!booking.outcomeRecorded)
    planned.push({
      jobId: reminderJobId(booking.id, MailKind.OutcomeRequested, seq),
      // The outcome request is never dropped for being late: it is due after the session anyway.
      at: new Date(Math.max(booking.endsAt.getTime() + settings.outcomeReminderAfterMs, now.getTime())),
      data: { bookingId: booking.id, kind: MailKind.OutcomeRequested, icsSequence: seq },
    });
  // A summary reminder after the session has started would be pointless.
  return planned.filter(
    (r) =>
      r.at.getTime() >= now.getTime() &&
      (r.data.kind !== MailKind.SummaryMissing || r.at.getTime() < booking.startsAt.getTime()),
  );
}
