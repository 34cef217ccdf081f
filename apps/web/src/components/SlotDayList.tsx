import type { ReactNode } from 'react';
import type { Slot } from '../api/types';
import { copenhagenDate, formatDayHeading, formatTime } from '../format/dates';
import { useLanguage } from '../i18n/language';

interface SlotDayListProps {
  slots: Slot[];
  /** The action for one slot, e.g. a Book button. */
  action: (slot: Slot) => ReactNode;
}

/** Free slots grouped by day: the day as a heading, then time, kind and contact for each slot. */
export function SlotDayList({ slots, action }: SlotDayListProps) {
  const { t, language } = useLanguage();
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = copenhagenDate(slot.startsAt);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }

  return (
    <div className="slot-days">
      {[...days.entries()].map(([day, daySlots]) => (
        <section key={day} className="slot-day">
          <h3 className="slot-day-heading">{formatDayHeading(day, language)}</h3>
          <ul className="slot-list unstyled-list">
            {daySlots.map((slot) => (
              <li key={slot.id} className="slot-item">
                <div className="slot-info">
                  <span className="slot-time">
                    {formatTime(slot.startsAt, language)}–{formatTime(slot.endsAt, language)}
                  </span>{' '}
                  <span className="slot-kind">{t.kinds[slot.kind]}</span>{' '}
                  <span className="slot-contact">{t.findSlots.with(slot.contact.name)}</span>
                  {slot.kind === 'teaching' && (
                    <span className="slot-seats">
                      {' '}
                      · {t.findSlots.seatsLeft(Math.max(0, slot.capacity - slot.bookedCount))}
                    </span>
                  )}
                </div>
                <div className="slot-action">{action(slot)}</div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
