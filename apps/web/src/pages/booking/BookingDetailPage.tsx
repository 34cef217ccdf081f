import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking, User } from '../../api/types';
import { Alert } from '../../components/Alert';
import { BookingStatusBadge, CaseSummaryStatus } from '../../components/BookingStatus';
import { ProblemAlert } from '../../components/errors';
import { Facts, type Fact } from '../../components/Facts';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useLoader } from '../../components/useLoader';
import { copenhagenDate, formatDateTime, mondayOf } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link, useRoute, withQuery } from '../../routing/router';
import { useUser } from '../../session/session';
import { CancelBookingForm } from './CancelBookingForm';
import { CaseSummaryView } from './CaseSummaryView';
import { NewVideoLinkForm } from './NewVideoLinkForm';
import { OutcomeSection } from './OutcomeForm';
import { RatingForm } from './RatingForm';

/** One booking, as the consultant, the contact or the admin may see it. */
export function BookingDetailPage({ bookingId }: { bookingId: string }) {
  const { t } = useLanguage();
  const loader = useLoader((signal) => bookingApi.get(bookingId, signal), [bookingId]);
  const { result } = loader;

  return (
    <>
      {result.state !== 'ready' && <PageHeading>{t.booking.facts}</PageHeading>}
      <LoadState loader={loader}>
        {(booking) => <BookingDetail booking={booking} onChange={(next) => loader.setData(() => next)} />}
      </LoadState>
    </>
  );
}

type Notice = 'booked' | 'rebooked' | 'moved' | 'cancelled' | 'invite' | null;

function BookingDetail({ booking, onChange }: { booking: Booking; onChange: (booking: Booking) => void }) {
  const { t, language } = useLanguage();
  const user = useUser();
  const { query } = useRoute();
  const [notice, setNotice] = useState<Notice>(
    query.get('ny') ? 'booked' : query.get('genbooket') ? 'rebooked' : query.get('flyttet') ? 'moved' : null,
  );
  const [inviteError, setInviteError] = useState<unknown>(null);
  const when = formatDateTime(booking.slot.startsAt, language);
  const active = booking.status === 'booked' && Date.parse(booking.slot.startsAt) > Date.now();
  const isConsultant = user.role === 'consultant';
  // A colleague of the municipality may move or cancel it; the case summary, the rating and booking
  // again are the booking's own consultant's (the API refuses them to anyone else).
  const isOwnBooking = isConsultant && booking.consultant.id === user.id;
  const isContact = user.role === 'contact';

  const downloadInvite = async () => {
    setInviteError(null);
    try {
      await bookingApi.downloadInvite(booking.id);
      setNotice('invite');
    } catch (error) {
      setInviteError(error);
    }
  };

  return (
    <>
      <PageHeading title={`${t.kinds[booking.slot.kind]} ${when}`}>
        {t.kinds[booking.slot.kind]} <span className="d-block h3 mt-2">{when}</span>
      </PageHeading>
      <NoticeAlert notice={notice} booking={booking} />
      {inviteError !== null && <ProblemAlert error={inviteError} />}
      {(booking.undeliveredRecipients?.length ?? 0) > 0 && (
        <Alert variant="warning" heading={t.booking.undeliveredHeading}>
          <p>{t.booking.undelivered((booking.undeliveredRecipients ?? []).join(', '))}</p>
        </Alert>
      )}

      <Facts facts={bookingFacts(booking, user, t, language)} />

      {active && (
        <div className="button-row mt-5">
          <button type="button" className="button button-secondary" onClick={() => void downloadInvite()}>
            {t.booking.invite}
          </button>
          {isOwnBooking && (
            <Link to={`/bookinger/${booking.id}/sagsresume`} className="button button-secondary">
              {t.booking.caseSummaryLink}
            </Link>
          )}
          {isConsultant && (
            // Without a week the move page opens on the next free time.
            <Link to={`/bookinger/${booking.id}/flyt`} className="button button-secondary">
              {t.booking.move}
            </Link>
          )}
        </div>
      )}

      {isConsultant && !isOwnBooking && <p className="mt-5">{t.bookings.colleaguesIntro}</p>}

      {isOwnBooking && booking.canRebook && (
        <div className="button-row mt-5">
          <Link
            to={withQuery(`/bookinger/${booking.id}/ny-tid`, {
              uge: mondayOf(
                copenhagenDate(
                  new Date(Math.max(Date.now(), Date.parse(booking.slot.startsAt))).toISOString(),
                ),
              ),
            })}
            className="button button-primary"
          >
            {t.rebook.action}
          </Link>
        </div>
      )}

      {active && user.role !== 'admin' && (
        <div className="mt-5">
          <CancelBookingForm
            booking={booking}
            onCancelled={(cancelled) => {
              onChange(cancelled);
              setNotice('cancelled');
            }}
          />
        </div>
      )}

      {isContact && booking.status === 'booked' && Date.parse(booking.slot.endsAt) > Date.now() && (
        <NewVideoLinkForm booking={booking} onChange={onChange} />
      )}

      {isContact && <CaseSummaryView booking={booking} />}
      {isContact && <OutcomeSection booking={booking} onSaved={onChange} />}
      {isOwnBooking && booking.status === 'held' && <RatingForm booking={booking} />}

      <p className="mt-7">
        <Link
          to={isContact ? '/kalender' : user.role === 'admin' ? '/admin/statistik' : '/bookinger'}
          className="back-link"
        >
          {isContact ? t.booking.backToCalendar : t.booking.back}
        </Link>
      </p>
    </>
  );
}

function NoticeAlert({ notice, booking }: { notice: Notice; booking: Booking }) {
  const { t, language } = useLanguage();
  if (notice === 'booked') return <BookingReceipt booking={booking} />;
  if (notice === 'rebooked')
    return (
      <Alert variant="success" focus>
        {t.rebook.done(formatDateTime(booking.slot.startsAt, language))}
      </Alert>
    );
  if (notice === 'moved')
    return (
      <Alert variant="success" focus>
        {t.reschedule.done(formatDateTime(booking.slot.startsAt, language))}
      </Alert>
    );
  if (notice === 'cancelled')
    return (
      <Alert variant="success" focus>
        {t.cancelBooking.done}
      </Alert>
    );
  if (notice === 'invite') return <Alert variant="success">{t.booking.inviteDownloaded}</Alert>;
  return null;
}

function bookingFacts(
  booking: Booking,
  user: User,
  t: ReturnType<typeof useLanguage>['t'],
  language: ReturnType<typeof useLanguage>['language'],
): Fact[] {
  const facts: Fact[] = [
    { label: t.booking.status, value: <BookingStatusBadge status={booking.status} /> },
    { label: t.booking.when, value: formatDateTime(booking.slot.startsAt, language) },
    { label: t.booking.duration, value: t.app.duration },
    { label: t.booking.contact, value: booking.contact.name },
    { label: t.booking.consultant, value: booking.consultant.name },
    { label: t.booking.topic, value: t.topics[booking.topic] ?? booking.topic },
    { label: t.booking.step, value: t.steps[booking.step] ?? String(booking.step) },
    { label: t.booking.ageBand, value: t.ageBands[booking.childAgeBand] ?? booking.childAgeBand },
  ];
  // Admins never see case content; the API leaves the question out for them as well.
  if (user.role !== 'admin' && booking.question) {
    facts.push({ label: t.booking.question, value: <span className="pre-wrap">{booking.question}</span> });
  }
  if (user.role !== 'admin') {
    facts.push({ label: t.bookings.summary, value: <CaseSummaryStatus booking={booking} /> });
    facts.push({ label: t.booking.gp, value: booking.gpEmail ?? t.app.none });
    facts.push({
      label: t.booking.participants,
      value: booking.participantEmails.length ? booking.participantEmails.join(', ') : t.app.none,
    });
  }
  // The session's own room (older API answers: the slot's link).
  const videoUrl = booking.videoUrl ?? booking.slot.videoUrl;
  if (videoUrl && booking.status === 'booked') {
    facts.push({
      label: t.booking.videoLink,
      value: (
        <a href={videoUrl} target="_blank" rel="noreferrer">
          {videoUrl}
        </a>
      ),
    });
  }
  if (booking.cancelledAt) {
    facts.push({ label: t.booking.cancelledAt, value: formatDateTime(booking.cancelledAt, language) });
    const by = booking.cancelledBy;
    const byName = typeof by === 'string' ? by : by?.name;
    if (byName) facts.push({ label: t.booking.cancelledBy, value: byName });
    if (booking.lateCancellation)
      facts.push({ label: t.booking.lateCancellation, value: t.booking.lateCancellationYes });
    if (booking.cancelReason) facts.push({ label: t.booking.cancelReason, value: booking.cancelReason });
  }
  if (booking.rebookedAsId) {
    facts.push({
      label: t.rebook.rebookedAs,
      value: <Link to={`/bookinger/${booking.rebookedAsId}`}>{t.rebook.rebookedAsLink}</Link>,
    });
  }
  if (booking.rebookedFromId && user.role !== 'admin') {
    facts.push({
      label: t.rebook.rebookedFrom,
      value: <Link to={`/bookinger/${booking.rebookedFromId}`}>{t.rebook.rebookedFromLink}</Link>,
    });
  }
  return facts;
}

/** The short reference a consultant can quote (e.g. on the phone to BUP): the id's first block. */
export function bookingReference(booking: Booking): string {
  return booking.id.slice(0, 8).toUpperCase();
}

/** Right after booking: the receipt — reference, when, the case-summary deadline and what happens next. */
function BookingReceipt({ booking }: { booking: Booking }) {
  const { t, language } = useLanguage();
  const due = formatDateTime(booking.caseSummary.dueAt, language);
  return (
    <Alert variant="success" heading={t.book.bookedHeading} focus>
      <section aria-label={t.book.receiptHeading} data-testid="booking-receipt">
        <Facts
          facts={[
            { label: t.book.reference, value: <strong>{bookingReference(booking)}</strong> },
            { label: t.booking.when, value: formatDateTime(booking.slot.startsAt, language) },
            {
              label: t.book.deadline,
              value: booking.caseSummary.dueImmediately ? t.book.deadlineNow : due,
            },
          ]}
        />
        <p className="weight-semibold">{t.book.nextHeading}</p>
        <ol>
          <li>{t.book.nextInvite}</li>
          <li>{booking.caseSummary.dueImmediately ? t.book.nextSummaryNow : t.book.nextSummary(due)}</li>
          <li>{t.book.nextReminders}</li>
        </ol>
        <p>
          <Link to={`/bookinger/${booking.id}/sagsresume`}>{t.book.toCaseSummary}</Link>
        </p>
      </section>
    </Alert>
  );
}
