import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking, Slot } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { Facts } from '../../components/Facts';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { FreeSlotWeek } from '../../components/FreeSlotWeek';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { useFreeSlotsOfWeek } from '../../components/useFreeSlotsOfWeek';
import { formatDateTime } from '../../format/dates';
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
  const week = useFreeSlotsOfWeek();
  const [chosen, setChosen] = useState<Slot | null>(null);
  // One key per confirmation, so a retried click never books twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const focusAfterRender = useFocusAfterRender();

  const form = useForm<never>({
    labels: {},
    submit: async () => {
      if (!chosen) return;
      try {
        const created = await bookingApi.rebook(booking.id, chosen.id, idempotencyKey);
        navigate(withQuery(`/bookinger/${created.id}`, { genbooket: '1' }));
      } catch (caught) {
        // The time may be gone: back to the list as it is now, with the reason shown above it.
        setChosen(null);
        week.slots.reload();
        throw caught;
      }
    },
  });

  if (!booking.canRebook) {
    return (
      <>
        <Alert variant="warning">{t.rebook.notPossible}</Alert>
        <BackLink bookingId={booking.id} />
      </>
    );
  }

  const choose = (slot: Slot) => {
    form.reset();
    setChosen(slot);
    focusAfterRender('rebook-confirm-heading');
  };

  const carries = booking.caseSummary.state === 'kept-until';
  return (
    <>
      <p className="font-lead">{t.rebook.intro}</p>
      <p>
        <strong>{t.rebook.cancelledTime}:</strong> {formatDateTime(booking.slot.startsAt, language)}
      </p>
      <FormProblem form={form} />

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
          <form onSubmit={form.onSubmit} noValidate>
            <div className="button-row mt-5">
              <button type="submit" className="button button-primary" disabled={form.submitting}>
                {form.submitting ? t.rebook.confirming : t.rebook.confirm}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={form.submitting}
                onClick={() => setChosen(null)}
              >
                {t.rebook.other}
              </button>
            </div>
          </form>
        </section>
      ) : (
        <FreeSlotWeek
          week={week}
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
