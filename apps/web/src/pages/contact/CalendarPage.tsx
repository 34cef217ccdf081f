import { useState } from 'react';
import { bookingApi, slotApi } from '../../api/endpoints';
import type { Booking, Municipality, Slot } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { LoadState } from '../../components/LoadState';
import { CalendarFeed } from '../../components/CalendarFeed';
import { PageHeading } from '../../components/PageHeading';
import { Tabs } from '../../components/Tabs';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { useLoader } from '../../components/useLoader';
import { municipalityNames, useMunicipalities } from '../../components/useMunicipalityNames';
import { useWeekParam, weekRange } from '../../components/useWeekParam';
import { WeekNavigator } from '../../components/WeekNavigator';
import {
  addDays,
  copenhagenDate,
  formatDateTime,
  formatDayHeading,
  formatTime,
  isoWeekNumber,
  mondayOf,
  todayInCopenhagen,
} from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link, navigate, useRoute, withQuery } from '../../routing/router';
import { useUser } from '../../session/session';
import { CancelSlotForm } from './CancelSlotForm';
import { ContactAgenda } from './ContactAgenda';
import { OneOffSlotForm } from './OneOffSlotForm';
import { SessionFacts } from './SessionFacts';

interface CalendarData {
  slots: Slot[];
  bookingsBySlot: Map<string, Booking[]>;
}

async function loadCalendar(range: { from: string; to: string }, signal: AbortSignal): Promise<CalendarData> {
  const [slots, bookings] = await Promise.all([slotApi.list(range, signal), bookingApi.list(range, signal)]);
  const bookingsBySlot = new Map<string, Booking[]>();
  for (const booking of bookings) {
    if (booking.status === 'cancelled') continue;
    bookingsBySlot.set(booking.slot.id, [...(bookingsBySlot.get(booking.slot.id) ?? []), booking]);
  }
  return { slots: [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt)), bookingsBySlot };
}

export function CalendarPage() {
  const { t } = useLanguage();
  const { path, query } = useRoute();
  const view = query.get('visning') === 'liste' ? 'liste' : 'uge';
  const [notice, setNotice] = useState<string | null>(null);
  const { language } = useLanguage();
  const user = useUser();
  const served = useMunicipalities().filter((m) => m.contactId === user.id || m.deputyContactId === user.id);
  // A new one-off slot re-mounts the calendar views so they load it.
  const [generation, setGeneration] = useState(0);

  return (
    <>
      <PageHeading>{t.calendar.title}</PageHeading>
      <p className="font-lead">{t.calendar.intro}</p>
      {notice && (
        <Alert variant="success" focus>
          {notice}
        </Alert>
      )}
      <Tabs
        label={t.calendar.views}
        tabs={[
          { id: 'uge', label: t.calendar.weekView },
          { id: 'liste', label: t.calendar.listView },
        ]}
        selected={view}
        onSelect={(id) => navigate(withQuery(path, { ...Object.fromEntries(query), visning: id }))}
      >
        {view === 'uge' ? (
          <WeekView key={generation} onNotice={setNotice} />
        ) : (
          <ListView key={generation} onNotice={setNotice} />
        )}
      </Tabs>
      <ContactAgenda />
      {served.length > 0 && (
        <OneOffSlotForm
          municipalities={served}
          onCreated={(slot) => {
            setNotice(t.calendar.oneOffCreated(formatDateTime(slot.startsAt, language)));
            setGeneration((n) => n + 1);
          }}
        />
      )}
      <CalendarFeed />
    </>
  );
}

function WeekView({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useLanguage();
  const { monday, setMonday, range } = useWeekParam();
  const loader = useLoader((signal) => loadCalendar(range, signal), [range.from, range.to]);
  const municipalities = useMunicipalities();
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));

  return (
    <>
      <WeekNavigator monday={monday} onChange={setMonday} />
      <LoadState loader={loader}>
        {(data) => (
          <WeekGrid
            monday={monday}
            days={days}
            data={data}
            municipalities={municipalities}
            onSlotCancelled={(cancelled) => {
              loader.setData((current) => ({
                ...current,
                slots: current.slots.map((s) => (s.id === cancelled.id ? cancelled : s)),
                bookingsBySlot: new Map(
                  [...current.bookingsBySlot].filter(([slotId]) => slotId !== cancelled.id),
                ),
              }));
              onNotice(t.calendar.slotCancelled);
            }}
          />
        )}
      </LoadState>
      <p className="sr-only" aria-live="polite">
        {loader.result.state === 'ready'
          ? t.findSlots.count(
              loader.result.data.slots.filter((s) => s.available).length,
              isoWeekNumber(monday),
            )
          : ''}
      </p>
    </>
  );
}

function ListView({ onNotice }: { onNotice: (message: string) => void }) {
  const { t, language } = useLanguage();
  const range = weekRange(mondayOf(todayInCopenhagen()), 8);
  const loader = useLoader((signal) => loadCalendar(range, signal), [range.from]);
  const municipalities = useMunicipalities();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();

  return (
    <>
      <h2 className="h3">{t.calendar.listHeading}</h2>
      <LoadState loader={loader}>
        {(data) => {
          const upcoming = data.slots.filter((slot) => Date.parse(slot.endsAt) >= Date.now());
          if (upcoming.length === 0) return <p className="empty-state">{t.calendar.noSlots}</p>;
          return (
            <div className="table--responsive-scroll">
              <table className="table table--zebra">
                <thead>
                  <tr>
                    <th scope="col">{t.calendar.time}</th>
                    <th scope="col">{t.calendar.kind}</th>
                    <th scope="col">{t.calendar.municipalities}</th>
                    <th scope="col">{t.calendar.status}</th>
                    <th scope="col">{t.calendar.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {upcoming.map((slot) => {
                    const bookings = data.bookingsBySlot.get(slot.id) ?? [];
                    const when = formatDateTime(slot.startsAt, language);
                    return (
                      <tr key={slot.id}>
                        <th scope="row" className="weight-normal">
                          {when}
                        </th>
                        <td>{t.kinds[slot.kind]}</td>
                        <td>{municipalityNames(slot.municipalityIds, municipalities)}</td>
                        <td>
                          <SlotStatus slot={slot} bookings={bookings} />
                          {bookings.map((booking) => (
                            <SessionFacts key={booking.id} booking={booking} />
                          ))}
                        </td>
                        <td>
                          <SlotActions
                            slot={slot}
                            bookings={bookings}
                            onCancel={() => setCancelling(slot.id)}
                          />
                          {cancelling === slot.id && (
                            <CancelSlotForm
                              slot={slot}
                              bookings={bookings}
                              onClose={() => {
                                setCancelling(null);
                                focusAfterRender(`cancel-slot-${slot.id}`);
                              }}
                              onCancelled={(cancelled) => {
                                setCancelling(null);
                                loader.setData((current) => ({
                                  ...current,
                                  slots: current.slots.map((s) => (s.id === cancelled.id ? cancelled : s)),
                                }));
                                onNotice(t.calendar.slotCancelled);
                              }}
                            />
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          );
        }}
      </LoadState>
    </>
  );
}

interface WeekGridProps {
  monday: string;
  days: string[];
  data: CalendarData;
  municipalities: Municipality[];
  onSlotCancelled: (slot: Slot) => void;
}

/**
 * The week as a time grid: a real table, a column per day and a row per start time, so a screen
 * reader announces day and time with every cell; cells hold the sessions with their facts.
 */
function WeekGrid({ monday, days, data, municipalities, onSlotCancelled }: WeekGridProps) {
  const { t, language } = useLanguage();
  // Weekends only take room when something is planned on them.
  const shown = days.filter(
    (day, index) => index < 5 || data.slots.some((slot) => copenhagenDate(slot.startsAt) === day),
  );
  const times = [...new Set(data.slots.map((slot) => formatTime(slot.startsAt, language)))].sort();
  if (times.length === 0) return <p className="empty-state">{t.calendar.noSlots}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table calendar-grid">
        <caption className="sr-only">{t.calendar.gridCaption(isoWeekNumber(monday))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.calendar.gridTime}</th>
            {shown.map((day) => (
              <th key={day} scope="col" id={`day-${day}`}>
                {formatDayHeading(day, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {times.map((time) => (
            <tr key={time}>
              <th scope="row">{time}</th>
              {shown.map((day) => {
                const slots = data.slots.filter(
                  (slot) =>
                    copenhagenDate(slot.startsAt) === day && formatTime(slot.startsAt, language) === time,
                );
                return (
                  <td key={day}>
                    {slots.map((slot) => (
                      <SlotEntry
                        key={slot.id}
                        slot={slot}
                        bookings={data.bookingsBySlot.get(slot.id) ?? []}
                        municipalities={municipalities}
                        onSlotCancelled={onSlotCancelled}
                      />
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface SlotEntryProps {
  slot: Slot;
  bookings: Booking[];
  municipalities: Municipality[];
  onSlotCancelled: (slot: Slot) => void;
}

function SlotEntry({ slot, bookings, municipalities, onSlotCancelled }: SlotEntryProps) {
  const { t, language } = useLanguage();
  const [cancelling, setCancelling] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  return (
    <div
      className={`calendar-entry calendar-entry--${slot.status === 'cancelled' ? 'cancelled' : bookings.length ? 'booked' : 'free'}`}
    >
      <p className="mb-2">
        <strong>
          {formatTime(slot.startsAt, language)}–{formatTime(slot.endsAt, language)}
        </strong>{' '}
        {t.kinds[slot.kind]} · {municipalityNames(slot.municipalityIds, municipalities)}
      </p>
      <p className="mb-2">
        <SlotStatus slot={slot} bookings={bookings} />
      </p>
      {bookings.map((booking) => (
        <SessionFacts key={booking.id} booking={booking} />
      ))}
      <SlotActions slot={slot} bookings={bookings} onCancel={() => setCancelling(true)} />
      {cancelling && (
        <CancelSlotForm
          slot={slot}
          bookings={bookings}
          onClose={() => {
            setCancelling(false);
            focusAfterRender(`cancel-slot-${slot.id}`);
          }}
          onCancelled={(cancelled) => {
            setCancelling(false);
            onSlotCancelled(cancelled);
          }}
        />
      )}
    </div>
  );
}

function SlotStatus({ slot, bookings }: { slot: Slot; bookings: Booking[] }) {
  const { t } = useLanguage();
  if (slot.status === 'cancelled') return <span className="badge badge-warning">{t.calendar.cancelled}</span>;
  if (slot.kind === 'teaching') return <>{t.calendar.seats(slot.bookedCount, slot.capacity)}</>;
  if (bookings.length === 0) return <span className="badge badge-success">{t.calendar.free}</span>;
  return <>{t.calendar.bookedBy(bookings.map((b) => b.consultant.name).join(', '))}</>;
}

interface SlotActionsProps {
  slot: Slot;
  bookings: Booking[];
  onCancel: () => void;
}

function SlotActions({ slot, bookings, onCancel }: SlotActionsProps) {
  const { t, language } = useLanguage();
  const when = formatDateTime(slot.startsAt, language);
  const future = Date.parse(slot.startsAt) > Date.now();
  return (
    <div className="button-row">
      {bookings.map((booking) => (
        <Link key={booking.id} to={`/bookinger/${booking.id}`} className="button button-secondary">
          <ActionText text={t.calendar.openBooking} context={`${when}, ${booking.consultant.name}`} />
        </Link>
      ))}
      {slot.status === 'open' && future && (
        <button
          id={`cancel-slot-${slot.id}`}
          type="button"
          className="button button-tertiary"
          onClick={onCancel}
        >
          <ActionText text={t.calendar.cancelSlot} context={when} />
        </button>
      )}
    </div>
  );
}
