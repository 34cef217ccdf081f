import { MailKind } from './mail-kind';
import { NotificationBooking } from './notification-booking';
import { planReminders } from './reminder-plan';

const HOUR = 3_600_000;
const settings = {
  reminderOffsetsMs: [24 * HOUR],
  summaryReminderBeforeDueMs: 24 * HOUR,
  outcomeReminderAfterMs: HOUR,
};
const now = new Date('2027-03-10T12:00:00Z');

const booking = (startsInHours: number, dueInHours: number): NotificationBooking => ({
  id: 'b1',
  status: 'booked',
  icsSequence: 0,
  startsAt: new Date(now.getTime() + startsInHours * HOUR),
  endsAt: new Date(now.getTime() + (startsInHours + 0.75) * HOUR),
  videoUrl: null,
  municipalityName: 'Aarhus',
  consultant: { name: 'K', email: 'k@kommune.dk' },
  contact: { name: 'C', email: 'c@rm.dk' },
  gpEmail: null,
  participantEmails: [],
  caseSummaryDueAt: new Date(now.getTime() + dueInHours * HOUR),
  caseSummarySubmitted: false,
  outcomeRecorded: false,
  cancelledBy: null,
  slotCancelled: false,
});

const summaryReminder = (b: NotificationBooking) =>
  planReminders(b, settings, now).find((r) => r.data.kind === MailKind.SummaryMissing);

describe('planReminders: the case-summary reminder', () => {
  it('goes out SUMMARY_REMINDER_BEFORE_DUE before the deadline', () => {
    expect(summaryReminder(booking(120, 72))?.at).toEqual(new Date(now.getTime() + 48 * HOUR));
  });

  it('goes out at once when that moment has passed (a late booking is due at once), not never', () => {
    expect(summaryReminder(booking(46, 0))?.at).toEqual(now);
    expect(summaryReminder(booking(60, 10))?.at).toEqual(now);
  });

  it('is not planned once the session has begun', () => {
    expect(summaryReminder(booking(-1, -49))).toBeUndefined();
  });
});
