import { addDays, isIsoDate, mondayOf, startOfCopenhagenDay, todayInCopenhagen } from '../format/dates';
import { navigate, useRoute, withQuery } from '../routing/router';

/** The week shown on a page, kept in the address ('?uge=2027-03-29') so back/forward and links work. */
export function useWeekParam() {
  const { path, query } = useRoute();
  const requested = query.get('uge');
  const monday = isIsoDate(requested) ? mondayOf(requested) : mondayOf(todayInCopenhagen());
  const setMonday = (next: string) => navigate(withQuery(path, { ...Object.fromEntries(query), uge: next }));
  return { monday, setMonday, range: weekRange(monday) };
}

export function weekRange(monday: string, weeks = 1): { from: string; to: string } {
  return { from: startOfCopenhagenDay(monday), to: startOfCopenhagenDay(addDays(monday, 7 * weeks)) };
}
