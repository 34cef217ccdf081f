import { addDays, isIsoDate, mondayOf, startOfCopenhagenDay, todayInCopenhagen } from '../format/dates';
import { navigate, useRoute, withQuery } from '../routing/router';

/** The week shown on a page, kept in the address ('?uge=2027-03-29') so back/forward and links work. */
export function useWeekParam() {
  const { path, query } = useRoute();
  const requested = query.get('uge');
  const chosen = isIsoDate(requested);
  const monday = chosen ? mondayOf(requested) : mondayOf(todayInCopenhagen());
  const setMonday = (next: string, options: { replace?: boolean } = {}) =>
    navigate(withQuery(path, { ...Object.fromEntries(query), uge: next }), options);
  return { monday, setMonday, range: weekRange(monday), chosen };
}

export function weekRange(monday: string, weeks = 1): { from: string; to: string } {
  return { from: startOfCopenhagenDay(monday), to: startOfCopenhagenDay(addDays(monday, 7 * weeks)) };
}
