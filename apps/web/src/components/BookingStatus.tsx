import type { Booking } from '../api/types';
import { formatDateTime, isPast } from '../format/dates';
import { useLanguage } from '../i18n/language';

const BADGE: Record<Booking['status'], string> = {
  booked: 'badge-info',
  held: 'badge-success',
  cancelled: 'badge-warning',
  no_show: 'badge-error',
};

export function BookingStatusBadge({ status }: { status: Booking['status'] }) {
  const { t } = useLanguage();
  return <span className={`badge ${BADGE[status]}`}>{t.statuses[status]}</span>;
}

/** 'Sendt', 'Mangler – senest …' or 'Ikke sendt' for the case summary of a booking. */
export function CaseSummaryStatus({ booking }: { booking: Booking }) {
  const { t, language } = useLanguage();
  const { state, stateAt } = booking.caseSummary;
  if (booking.status === 'cancelled' && stateAt) {
    // A cancelled booking says truthfully what became of its summary.
    const date = formatDateTime(stateAt, language);
    if (state === 'kept-until') return <>{t.summaryState.keptUntil(date)}</>;
    if (state === 'carried-over') return <>{t.summaryState.carriedOver(date)}</>;
    if (state === 'deleted') return <>{t.summaryState.deleted(date)}</>;
  }
  if (booking.caseSummary.submitted) return <>{t.bookings.summarySent}</>;
  if (booking.status !== 'booked') return <>–</>;
  if (booking.caseSummary.dueImmediately && !isPast(booking.slot.startsAt))
    return <>{t.bookings.summaryDueNow}</>;
  if (isPast(booking.caseSummary.dueAt)) return <>{t.bookings.summaryOverdue}</>;
  return <>{t.bookings.summaryMissing(formatDateTime(booking.caseSummary.dueAt, language))}</>;
}
