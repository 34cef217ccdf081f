import { slotApi } from '../../api/endpoints';
import type { Slot } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { LoadState } from '../../components/LoadState';
import { SlotDayList } from '../../components/SlotDayList';
import { useLoader } from '../../components/useLoader';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

const NEAREST = 5;

/**
 * After someone else took the time: the nearest free times from now, to pick one instead without
 * starting over (the caller carries what was typed over to the picked time).
 */
export function NearestFreeSlots({ excludeId, onPick }: { excludeId: string; onPick: (slot: Slot) => void }) {
  const { t, language } = useLanguage();
  const loader = useLoader(
    (signal) => slotApi.nextFree({ count: NEAREST, exclude: (slot) => slot.id === excludeId }, signal),
    [excludeId],
  );
  return (
    <section aria-labelledby="nearest-heading" className="mt-5" data-testid="nearest-free-slots">
      <h2 id="nearest-heading" className="h3">
        {t.book.nearestHeading}
      </h2>
      <LoadState loader={loader}>
        {(slots) =>
          slots.length === 0 ? (
            <p className="empty-state">{t.findSlots.noneAhead}</p>
          ) : (
            <SlotDayList
              slots={slots}
              action={(slot) => (
                <button type="button" className="button button-primary" onClick={() => onPick(slot)}>
                  <ActionText text={t.book.pickThis} context={formatDateTime(slot.startsAt, language)} />
                </button>
              )}
            />
          )
        }
      </LoadState>
    </section>
  );
}
