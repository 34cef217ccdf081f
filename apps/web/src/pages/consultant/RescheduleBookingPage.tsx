import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking, Slot } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { FreeSlotWeek } from '../../components/FreeSlotWeek';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { useFreeSlotsOfWeek } from '../../components/useFreeSlotsOfWeek';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link, navigate, withQuery } from '../../routing/router';

export function RescheduleBookingPage({ bookingId }: { bookingId: string }) {
  const { t } = useLanguage();
  const loader = useLoader((signal) => bookingApi.get(bookingId, signal), [bookingId]);
  return (
    <>
      <PageHeading>{t.reschedule.title}</PageHeading>
      <LoadState loader={loader}>{(booking) => <Reschedule booking={booking} />}</LoadState>
    </>
  );
}

/** Pick a free time, then confirm: a move sends everyone a new invitation, so it is never one click. */
function Reschedule({ booking }: { booking: Booking }) {
  const { t, language } = useLanguage();
  const week = useFreeSlotsOfWeek({ exclude: (slot) => slot.id === booking.slot.id });
  const [chosen, setChosen] = useState<Slot | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const form = useForm<never>({
    labels: {},
    submit: async () => {
      if (!chosen) return;
      try {
        await bookingApi.reschedule(booking.id, chosen.id);
      } catch (caught) {
        // The time may have been taken meanwhile: show the week as it is now.
        setChosen(null);
        week.slots.reload();
        throw caught;
      }
      navigate(withQuery(`/bookinger/${booking.id}`, { flyttet: '1' }));
    },
  });

  if (booking.status !== 'booked') {
    return <Alert variant="warning">{t.reschedule.notMovable}</Alert>;
  }

  const current = formatDateTime(booking.slot.startsAt, language);
  return (
    <>
      <p className="font-lead">{t.reschedule.intro}</p>
      <p>
        <strong>{t.reschedule.current}:</strong> {current}
      </p>
      <FormProblem form={form} />
      {chosen ? (
        <section className="confirm-panel" aria-labelledby="move-confirm-heading">
          <h2 id="move-confirm-heading" className="h3 mt-0" tabIndex={-1}>
            {t.reschedule.confirmHeading}
          </h2>
          <p>{t.reschedule.confirmText(current, formatDateTime(chosen.startsAt, language))}</p>
          <form onSubmit={form.onSubmit} noValidate>
            <div className="button-row">
              <button type="submit" className="button button-primary" disabled={form.submitting}>
                {form.submitting ? t.reschedule.moving : t.reschedule.confirm}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={form.submitting}
                onClick={() => setChosen(null)}
              >
                {t.reschedule.cancelChoice}
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
              onClick={() => {
                form.reset();
                setChosen(slot);
                focusAfterRender('move-confirm-heading');
              }}
            >
              <ActionText text={t.reschedule.moveHere} context={formatDateTime(slot.startsAt, language)} />
            </button>
          )}
        />
      )}
      <p className="mt-7">
        <Link to={`/bookinger/${booking.id}`} className="back-link">
          {t.caseSummary.back}
        </Link>
      </p>
    </>
  );
}
