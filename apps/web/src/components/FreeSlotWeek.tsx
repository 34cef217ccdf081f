import type { ReactNode } from 'react';
import type { Slot } from '../api/types';
import { isoWeekNumber } from '../format/dates';
import { useLanguage } from '../i18n/language';
import { LoadState } from './LoadState';
import { Loading } from './Loading';
import { SlotDayList } from './SlotDayList';
import type { useFreeSlotsOfWeek } from './useFreeSlotsOfWeek';
import { WeekNavigator } from './WeekNavigator';

interface FreeSlotWeekProps {
  week: ReturnType<typeof useFreeSlotsOfWeek>;
  /** The action for one slot, e.g. a Book button. */
  action: (slot: Slot) => ReactNode;
}

/**
 * A week of free times with week and month navigation and "Næste ledige tid", which skips empty
 * weeks: where a consultant picks a time (find, move, book again).
 */
export function FreeSlotWeek({ week, action }: FreeSlotWeekProps) {
  const { t } = useLanguage();
  const { monday, setMonday, slots, nextFree, jumpToNext, opening } = week;
  const ready = slots.result.state === 'ready';
  const shown = ready ? (slots.result.data ?? []) : [];
  return (
    <>
      <WeekNavigator monday={monday} onChange={setMonday} />
      <div className="button-row mt-3">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void jumpToNext()}
          disabled={nextFree === 'searching'}
        >
          {nextFree === 'searching' ? t.findSlots.searchingNext : t.findSlots.nextFree}
        </button>
      </div>
      <p aria-live="polite" className="result-count">
        {nextFree === 'none'
          ? t.findSlots.noneAhead
          : ready
            ? t.findSlots.count(shown.length, isoWeekNumber(monday))
            : ''}
      </p>
      {/* While the first week is looked up, no list: a stale one would offer another week's times. */}
      {opening ? (
        <Loading />
      ) : (
        <LoadState loader={slots}>
          {(data) =>
            data.length === 0 ? (
              <p className="empty-state">{t.findSlots.empty}</p>
            ) : (
              <SlotDayList slots={data} action={action} />
            )
          }
        </LoadState>
      )}
    </>
  );
}
