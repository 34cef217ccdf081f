import { useState } from 'react';
import { bookingApi } from '../../api/endpoints';
import type { Booking, Slot } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { ProblemAlert } from '../../components/errors';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { SlotDayList } from '../../components/SlotDayList';
import { useLoader } from '../../components/useLoader';
import { useFreeSlotsOfWeek } from '../../components/useFreeSlotsOfWeek';
import { WeekNavigator } from '../../components/WeekNavigator';
import { formatDateTime, isoWeekNumber } from '../../format/dates';
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

function Reschedule({ booking }: { booking: Booking }) {
  const { t, language } = useLanguage();
  const { monday, setMonday, slots } = useFreeSlotsOfWeek();
  const [error, setError] = useState<unknown>(null);
  const [moving, setMoving] = useState<string | null>(null);

  if (booking.status !== 'booked') {
    return <Alert variant="warning">{t.reschedule.notMovable}</Alert>;
  }

  const moveTo = async (slot: Slot) => {
    setError(null);
    setMoving(slot.id);
    try {
      await bookingApi.reschedule(booking.id, slot.id);
      navigate(withQuery(`/bookinger/${booking.id}`, { flyttet: '1' }));
    } catch (caught) {
      setError(caught);
      setMoving(null);
      slots.reload();
    }
  };

  const choices =
    slots.result.state === 'ready'
      ? slots.result.data.filter((slot) => slot.available && slot.id !== booking.slot.id)
      : [];
  return (
    <>
      <p className="font-lead">{t.reschedule.intro}</p>
      <p>
        <strong>{t.reschedule.current}:</strong> {formatDateTime(booking.slot.startsAt, language)}
      </p>
      {error !== null && <ProblemAlert error={error} />}
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
                  disabled={moving !== null}
                  onClick={() => void moveTo(slot)}
                >
                  {moving === slot.id ? (
                    t.reschedule.moving
                  ) : (
                    <ActionText
                      text={t.reschedule.moveHere}
                      context={formatDateTime(slot.startsAt, language)}
                    />
                  )}
                </button>
              )}
            />
          )
        }
      </LoadState>
      <p className="mt-7">
        <Link to={`/bookinger/${booking.id}`} className="back-link">
          {t.caseSummary.back}
        </Link>
      </p>
    </>
  );
}
