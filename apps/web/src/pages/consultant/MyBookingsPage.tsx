import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { BookingStatusBadge, CaseSummaryStatus } from '../../components/BookingStatus';
import { CalendarFeed } from '../../components/CalendarFeed';
import { ProblemAlert } from '../../components/errors';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useLoader } from '../../components/useLoader';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';

export function MyBookingsPage() {
  const { t } = useLanguage();
  // The API pages the list (upcoming first, then past); "Vis flere" appends the next page.
  const loader = useLoader((signal) => bookingApi.page({}, signal), []);
  const [more, setMore] = useState<{ busy: boolean; error: unknown }>({ busy: false, error: null });
  const loadMore = async (cursor: string) => {
    setMore({ busy: true, error: null });
    try {
      const next = await bookingApi.page({ cursor });
      loader.setData((current) => ({
        items: [...current.items, ...next.items],
        nextCursor: next.nextCursor,
      }));
      setMore({ busy: false, error: null });
    } catch (error) {
      setMore({ busy: false, error });
    }
  };

  return (
    <>
      <PageHeading>{t.bookings.title}</PageHeading>
      <p className="font-lead">{t.bookings.intro}</p>
      <LoadState loader={loader}>
        {({ items: bookings, nextCursor }) => {
          const now = Date.now();
          const upcoming = bookings
            .filter((b) => Date.parse(b.slot.endsAt) >= now)
            .sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt));
          const past = bookings
            .filter((b) => Date.parse(b.slot.endsAt) < now)
            .sort((a, b) => b.slot.startsAt.localeCompare(a.slot.startsAt));
          return (
            <>
              <BookingTable
                id="upcoming"
                heading={t.bookings.upcoming}
                bookings={upcoming}
                empty={t.bookings.emptyUpcoming}
              />
              <BookingTable
                id="past"
                heading={t.bookings.past}
                bookings={past}
                empty={nextCursor ? t.bookings.morePast : t.bookings.emptyPast}
              />
              {more.error !== null && <ProblemAlert error={more.error} />}
              {nextCursor && (
                <button
                  type="button"
                  className="button button-secondary mt-5"
                  disabled={more.busy}
                  onClick={() => void loadMore(nextCursor)}
                >
                  {more.busy ? t.bookings.loadingMore : t.bookings.showMore}
                </button>
              )}
              <p aria-live="polite" className="sr-only">
                {t.bookings.shown(bookings.length)}
              </p>
            </>
          );
        }}
      </LoadState>
      <CalendarFeed />
    </>
  );
}

interface BookingTableProps {
  id: string;
  heading: string;
  bookings: Booking[];
  empty: string;
}

function BookingTable({ id, heading, bookings, empty }: BookingTableProps) {
  const { t, language } = useLanguage();
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-7">
      <h2 id={`${id}-heading`}>{heading}</h2>
      {bookings.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--zebra" data-testid={`bookings-${id}`}>
            <thead>
              <tr>
                <th scope="col">{t.bookings.when}</th>
                <th scope="col">{t.bookings.contact}</th>
                <th scope="col">{t.bookings.topic}</th>
                <th scope="col">{t.bookings.consultant}</th>
                <th scope="col">{t.bookings.status}</th>
                <th scope="col">{t.bookings.summary}</th>
                <th scope="col">
                  <span className="sr-only">{t.calendar.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((booking) => {
                const when = formatDateTime(booking.slot.startsAt, language);
                return (
                  <tr key={booking.id} data-booking-id={booking.id}>
                    <th scope="row" className="weight-normal">
                      {when}
                    </th>
                    <td>{booking.contact.name}</td>
                    <td>{t.topics[booking.topic] ?? booking.topic}</td>
                    <td>{booking.consultant.name}</td>
                    <td>
                      <BookingStatusBadge status={booking.status} />
                    </td>
                    <td>
                      <CaseSummaryStatus booking={booking} />
                    </td>
                    <td>
                      <Link to={`/bookinger/${booking.id}`}>
                        <ActionText text={t.bookings.open} context={when} />
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
