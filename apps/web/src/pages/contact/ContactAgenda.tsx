import { bookingApi } from '../../api/endpoints';
import type { Booking } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { LoadState } from '../../components/LoadState';
import { useLoader } from '../../components/useLoader';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';
import { useUser } from '../../session/session';
import { SessionFacts } from './SessionFacts';

const DAY = 24 * 3600_000;

interface Agenda {
  /** Booked sessions of the next 14 days, soonest first. */
  next: Booking[];
  /** Sessions that have started, are still `booked` and have no outcome: the contact's to-do. */
  todo: Booking[];
}

async function loadAgenda(contactId: string, signal: AbortSignal): Promise<Agenda> {
  const now = Date.now();
  const [upcoming, past] = await Promise.all([
    bookingApi.list(
      { from: new Date(now).toISOString(), to: new Date(now + 14 * DAY).toISOString(), status: 'booked' },
      signal,
    ),
    bookingApi.list(
      { from: new Date(now - 60 * DAY).toISOString(), to: new Date(now).toISOString(), status: 'booked' },
      signal,
    ),
  ]);
  const bySession = (a: Booking, b: Booking) => a.slot.startsAt.localeCompare(b.slot.startsAt);
  // A contact also sees the sessions of the municipalities they serve; these lists are their own.
  const own = (b: Booking) => b.contact.id === contactId;
  return {
    next: upcoming.filter(own).sort(bySession),
    todo: past.filter((b) => own(b) && b.outcome === null).sort(bySession),
  };
}

/** The preparation list (next sessions with their summaries) and the outcome to-do list. */
export function ContactAgenda() {
  const { t, language } = useLanguage();
  const user = useUser();
  const loader = useLoader((signal) => loadAgenda(user.id, signal), [user.id]);
  return (
    <LoadState loader={loader}>
      {({ next, todo }) => (
        <div className="contact-agenda">
          <section aria-labelledby="prep-heading">
            <h2 id="prep-heading" className="h3">
              {t.calendar.prepHeading}
            </h2>
            {next.length === 0 ? (
              <p className="empty-state">{t.calendar.prepEmpty}</p>
            ) : (
              <ul className="unstyled-list">
                {next.map((booking) => {
                  const when = formatDateTime(booking.slot.startsAt, language);
                  return (
                    <li key={booking.id} className="calendar-entry mb-4">
                      <p className="mb-2">
                        <strong>{when}</strong> · {t.kinds[booking.slot.kind]} · {booking.consultant.name}
                      </p>
                      <SessionFacts booking={booking} />
                      <div className="button-row">
                        <Link to={`/bookinger/${booking.id}`}>
                          <ActionText text={t.calendar.openBooking} context={when} />
                        </Link>
                        {booking.caseSummary.submitted && (
                          <Link to={`/bookinger/${booking.id}#case-summary-heading`}>
                            <ActionText text={t.calendar.readSummary} context={when} />
                          </Link>
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
          <section aria-labelledby="todo-heading">
            <h2 id="todo-heading" className="h3">
              {t.calendar.todoHeading}
            </h2>
            <p>{t.calendar.todoIntro}</p>
            {todo.length === 0 ? (
              <p className="empty-state">{t.calendar.todoEmpty}</p>
            ) : (
              <ul>
                {todo.map((booking) => {
                  const when = formatDateTime(booking.slot.startsAt, language);
                  return (
                    <li key={booking.id}>
                      {when} · {booking.consultant.name}:{' '}
                      <Link to={`/bookinger/${booking.id}#outcome-heading`}>
                        <ActionText
                          text={t.calendar.recordOutcome}
                          context={`${when}, ${booking.consultant.name}`}
                        />
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </div>
      )}
    </LoadState>
  );
}
