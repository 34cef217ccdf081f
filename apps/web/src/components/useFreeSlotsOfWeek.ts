import { useEffect, useState } from 'react';
import { slotApi } from '../api/endpoints';
import type { Slot } from '../api/types';
import { addDays, copenhagenDate, mondayOf, startOfCopenhagenDay } from '../format/dates';
import { useLoader } from './useLoader';
import { useWeekParam } from './useWeekParam';

/** Where the "next free time" search stands: looking, found none ahead, or idle. */
export type NextFreeState = 'idle' | 'searching' | 'none';

/**
 * The free slots of the week in the address (`?uge=`), for the pages where a consultant picks a time:
 * finding one, moving a booking, booking again after BUP cancelled. Without a week in the address the
 * page opens on the week of the next free time (not on an empty "this week"); `jumpToNext` goes to the
 * week of the first free time after the shown week.
 */
export function useFreeSlotsOfWeek(options: { exclude?: (slot: Slot) => boolean } = {}) {
  const { monday, setMonday, range, chosen } = useWeekParam();
  const [nextFree, setNextFree] = useState<NextFreeState>(chosen ? 'idle' : 'searching');
  const exclude = options.exclude;

  // First visit: find the next free time and open its week (replacing the address, so Back leaves the page).
  useEffect(() => {
    if (chosen) return;
    const controller = new AbortController();
    setNextFree('searching');
    slotApi
      .nextFree({ exclude }, controller.signal)
      .then(([first]) => {
        if (controller.signal.aborted) return; // the user chose a week meanwhile
        setNextFree(first ? 'idle' : 'none');
        setMonday(first ? mondayOf(copenhagenDate(first.startsAt)) : monday, { replace: true });
      })
      .catch(() => {
        if (!controller.signal.aborted) setMonday(monday, { replace: true });
      });
    return () => controller.abort();
    // Runs when the address has no week (the first visit), not for each week shown.
  }, [chosen]);

  const slots = useLoader(
    async (signal) =>
      chosen
        ? (await slotApi.list({ ...range, available: true }, signal)).filter(
            (slot) => slot.available && slot.status === 'open' && !(exclude?.(slot) ?? false),
          )
        : new Promise<Slot[]>(() => undefined), // waits for the week of the next free time
    [range.from, range.to, chosen],
  );

  const jumpToNext = async () => {
    setNextFree('searching');
    try {
      const [first] = await slotApi.nextFree({ from: startOfCopenhagenDay(addDays(monday, 7)), exclude });
      setNextFree(first ? 'idle' : 'none');
      if (first) setMonday(mondayOf(copenhagenDate(first.startsAt)));
    } catch {
      setNextFree('idle');
      slots.reload();
    }
  };

  // `opening`: the week of the next free time is still being looked up (nothing to show yet).
  return { monday, setMonday, slots, nextFree, jumpToNext, opening: !chosen };
}
