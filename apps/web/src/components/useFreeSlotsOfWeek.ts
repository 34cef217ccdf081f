import { slotApi } from '../api/endpoints';
import { useLoader } from './useLoader';
import { useWeekParam } from './useWeekParam';

/**
 * The free slots of the week in the address (`?uge=`), for the pages where a consultant picks a time:
 * finding one, moving a booking, booking again after BUP cancelled.
 */
export function useFreeSlotsOfWeek() {
  const { monday, setMonday, range } = useWeekParam();
  const slots = useLoader(
    (signal) => slotApi.list({ ...range, available: true }, signal),
    [range.from, range.to],
  );
  return { monday, setMonday, slots };
}
