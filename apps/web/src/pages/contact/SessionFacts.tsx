import type { Booking } from '../../api/types';
import { useLanguage } from '../../i18n/language';

export type SummaryState = 'sent' | 'missing' | 'overdue';

/** Sent; missing while the deadline is ahead; overdue once it has passed without one. */
export function summaryStateOf(booking: Booking, now = Date.now()): SummaryState {
  if (booking.caseSummary.submitted) return 'sent';
  return Date.parse(booking.caseSummary.dueAt) < now ? 'overdue' : 'missing';
}

const BADGE: Record<SummaryState, string> = {
  sent: 'badge-success',
  missing: 'badge-info',
  overdue: 'badge-warning',
};

/** What the contact needs to prepare a booked session: topic, age band, summary status, GP. */
export function SessionFacts({ booking }: { booking: Booking }) {
  const { t } = useLanguage();
  const state = summaryStateOf(booking);
  return (
    <ul className="unstyled-list small-text session-facts">
      <li>
        {t.calendar.topic}: {t.topics[booking.topic] ?? booking.topic}
      </li>
      <li>
        {t.calendar.ageBand}: {t.ageBands[booking.childAgeBand] ?? booking.childAgeBand}
      </li>
      <li>
        {t.calendar.summary}:{' '}
        <span className={`badge ${BADGE[state]}`}>{t.calendar.summaryStates[state]}</span>
      </li>
      <li>{t.calendar.gpInvited(booking.gpEmail !== null)}</li>
    </ul>
  );
}
