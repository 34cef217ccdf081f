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
import { useUser } from '../../session/session';

/** The page's groups: the user's own bookings first, colleagues' apart, cancelled ones last. */
function groupBookings(bookings: Booking[], userId: string, now: number) {
  const soonestFirst = (a: Booking, b: Booking) => a.slot.startsAt.localeCompare(b.slot.startsAt);
  const latestFirst = (a: Booking, b: Booking) => b.slot.startsAt.localeCompare(a.slot.startsAt);
  const live = bookings.filter((b) => b.status !== 'cancelled');
  const upcoming = (b: Booking) => Date.parse(b.slot.endsAt) >= now;
  const mine = live.filter((b) => b.consultant.id === userId);
  const colleagues = live.filter((b) => b.consultant.id !== userId);
  return {
    mineUpcoming: mine.filter(upcoming).sort(soonestFirst),
    minePast: mine.filter((b) => !upcoming(b)).sort(latestFirst),
    colleaguesUpcoming: colleagues.filter(upcoming).sort(soonestFirst),
    colleaguesPast: colleagues.filter((b) => !upcoming(b)).sort(latestFirst),
    cancelled: bookings.filter((b) => b.status === 'cancelled').sort(latestFirst),
  };
}

export function MyBookingsPage() {
  const { t } = useLanguage();
  const user = useUser();
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
          const groups = groupBookings(bookings, user.id, Date.now());
          const pastEmpty = nextCursor ? t.bookings.morePast : t.bookings.emptyPast;
          return (
            <>
              <section aria-labelledby="mine-heading" className="mt-7">
                <h2 id="mine-heading">{t.bookings.mine}</h2>
                <BookingCards
                  id="upcoming"
                  heading={t.bookings.upcoming}
                  bookings={groups.mineUpcoming}
                  empty={t.bookings.emptyMine}
                />
                <BookingCards
                  id="past"
                  heading={t.bookings.past}
                  bookings={groups.minePast}
                  empty={pastEmpty}
                />
              </section>
              <section aria-labelledby="colleagues-heading" className="mt-7">
                <h2 id="colleagues-heading">{t.bookings.colleagues}</h2>
                <p>{t.bookings.colleaguesIntro}</p>
                <BookingCards
                  id="colleagues-upcoming"
                  heading={t.bookings.upcoming}
                  bookings={groups.colleaguesUpcoming}
                  empty={t.bookings.emptyColleagues}
                />
                <BookingCards
                  id="colleagues-past"
                  heading={t.bookings.past}
                  bookings={groups.colleaguesPast}
                  empty={pastEmpty}
                />
              </section>
              <section aria-labelledby="cancelled-heading" className="mt-7">
                <h2 id="cancelled-heading">{t.bookings.cancelled}</h2>
                <BookingCards
                  id="cancelled"
                  bookings={groups.cancelled}
                  empty={nextCursor ? t.bookings.morePast : t.bookings.emptyCancelled}
                />
              </section>
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

interface BookingCardsProps {
  id: string;
  heading?: string;
  bookings: Booking[];
  empty: string;
}

/** Bookings as a list of cards: they reflow at 320 px and 200 % zoom, where a table would scroll sideways. */
function BookingCards({ id, heading, bookings, empty }: BookingCardsProps) {
  const { t, language } = useLanguage();
  const Heading = heading ? 'h3' : null;
  return (
    <div className="mt-5">
      {Heading && <Heading id={`${id}-heading`}>{heading}</Heading>}
      {bookings.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ul
          // no-max-width: DKFDS caps lists at a reading width; these are rows of facts, not running text.
          className="booking-cards unstyled-list no-max-width"
          data-testid={`bookings-${id}`}
          aria-labelledby={heading ? `${id}-heading` : undefined}
        >
          {bookings.map((booking) => {
            const when = formatDateTime(booking.slot.startsAt, language);
            return (
              <li key={booking.id} className="booking-card" data-booking-id={booking.id}>
                <p className="h4 mt-0 mb-3">{when}</p>
                <dl className="booking-card-facts">
                  <div>
                    <dt>{t.bookings.status}</dt>
                    <dd>
                      <BookingStatusBadge status={booking.status} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t.bookings.topic}</dt>
                    <dd>{t.topics[booking.topic] ?? booking.topic}</dd>
                  </div>
                  <div>
                    <dt>{t.bookings.contact}</dt>
                    <dd>{booking.contact.name}</dd>
                  </div>
                  <div>
                    <dt>{t.bookings.consultant}</dt>
                    <dd>{booking.consultant.name}</dd>
                  </div>
                  <div>
                    <dt>{t.bookings.summary}</dt>
                    <dd>
                      <CaseSummaryStatus booking={booking} />
                    </dd>
                  </div>
                </dl>
                <Link to={`/bookinger/${booking.id}`}>
                  <ActionText text={t.bookings.open} context={when} />
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
