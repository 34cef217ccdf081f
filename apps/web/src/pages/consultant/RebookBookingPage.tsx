import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking, Slot } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { ProblemAlert } from '../../components/errors';
import { Facts } from '../../components/Facts';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { SlotDayList } from '../../components/SlotDayList';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { useLoader } from '../../components/useLoader';
import { useFreeSlotsOfWeek } from '../../components/useFreeSlotsOfWeek';
import { WeekNavigator } from '../../components/WeekNavigator';
import { formatDateTime, isoWeekNumber } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link, navigate, withQuery } from '../../routing/router';

/** "Book ny tid med samme oplysninger" for a booking BUP cancelled: pick a free time, then confirm. */
export function RebookBookingPage({ bookingId }: { bookingId: string }) {
  const { t } = useLanguage();
  const loader = useLoader((signal) => bookingApi.get(bookingId, signal), [bookingId]);
  return (
    <>
      <PageHeading>{t.rebook.title}</PageHeading>
      <LoadState loader={loader}>{(booking) => <Rebook booking={booking} />}</LoadState>
    </>
  );
}

function Rebook({ booking }: { booking: Booking }) {
  const { t, language } = useLanguage();
  const { monday, setMonday, slots } = useFreeSlotsOfWeek();
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per confirmation, so a retried click never books twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const focusAfterRender = useFocusAfterRender();

  if (!booking.canRebook) {
    return (
      <>
        <Alert variant="warning">{t.rebook.notPossible}</Alert>
        <BackLink bookingId={booking.id} />
      </>
    );
  }

  const choose = (slot: Slot) => {
    setError(null);
    setChosen(slot);
    focusAfterRender('rebook-confirm-heading');
  };

  const confirm = async () => {
    if (!chosen) return;
    setError(null);
    setBusy(true);
    try {
      const created = await bookingApi.rebook(booking.id, chosen.id, idempotencyKey);
      navigate(withQuery(`/bookinger/${created.id}`, { genbooket: '1' }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
      setChosen(null);
      slots.reload();
    }
  };

  const choices = slots.result.state === 'ready' ? slots.result.data.filter((slot) => slot.available) : [];
  const carries = booking.caseSummary.state === 'kept-until';
  return (
    <>
      <p className="font-lead">{t.rebook.intro}</p>
      <p>
        <strong>{t.rebook.cancelledTime}:</strong> {formatDateTime(booking.slot.startsAt, language)}
      </p>
      {error !== null && <ProblemAlert error={error} />}

      {chosen ? (
        <section aria-labelledby="rebook-confirm-heading" className="mt-5">
          <h2 id="rebook-confirm-heading" tabIndex={-1}>
            {t.rebook.confirmHeading}
          </h2>
          <p>{t.rebook.confirmText(formatDateTime(chosen.startsAt, language))}</p>
          <Facts
            facts={[
              { label: t.booking.topic, value: t.topics[booking.topic] ?? booking.topic },
              { label: t.booking.step, value: t.steps[booking.step] ?? String(booking.step) },
              { label: t.booking.ageBand, value: t.ageBands[booking.childAgeBand] ?? booking.childAgeBand },
              { label: t.booking.question, value: <span className="pre-wrap">{booking.question}</span> },
              { label: t.booking.gp, value: booking.gpEmail ?? t.app.none },
              {
                label: t.booking.participants,
                value: booking.participantEmails.length ? booking.participantEmails.join(', ') : t.app.none,
              },
            ]}
          />
          <p>{carries ? t.rebook.summaryCarried : t.rebook.noSummary}</p>
          <div className="button-row mt-5">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void confirm()}
            >
              {busy ? t.rebook.confirming : t.rebook.confirm}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => setChosen(null)}
            >
              {t.rebook.other}
            </button>
          </div>
        </section>
      ) : (
        <>
          <WeekNavigator monday={monday} onChange={setMonday} />
          <p aria-live="polite" className="result-count">
            {slots.result.state === 'ready' ? t.findSlots.count(choices.length, isoWeekNumber(monday)) : ''}
          </p>
          <LoadState loader={slots}>
            {() =>
              choices.length === 0 ? (
                <p className="empty-state">{t.findSlots.empty}</p>
              ) : (
                <SlotDayList
                  slots={choices}
                  action={(slot) => (
                    <button
                      type="button"
                      className="button button-primary"
                      data-slot-id={slot.id}
                      onClick={() => choose(slot)}
                    >
                      <ActionText text={t.rebook.choose} context={formatDateTime(slot.startsAt, language)} />
                    </button>
                  )}
                />
              )
            }
          </LoadState>
        </>
      )}
      <BackLink bookingId={booking.id} />
    </>
  );
}

function BackLink({ bookingId }: { bookingId: string }) {
  const { t } = useLanguage();
  return (
    <p className="mt-7">
      <Link to={`/bookinger/${bookingId}`} className="back-link">
        {t.caseSummary.back}
      </Link>
    </p>
  );
}
