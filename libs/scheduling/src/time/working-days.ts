// Working days: Monday to Friday, not a Danish public holiday, not one of the configured closing days.
import { addDays, assertCalendarDate, isoWeekday } from './calendar-date';
import { ClosingDay, isDanishHoliday } from './danish-holidays';

export function isWorkingDay(date: string, closingDays: readonly ClosingDay[] = []): boolean {
  return isoWeekday(date) <= 5 && !isDanishHoliday(date, closingDays);
}

/** The calendar date `count` working days before `date` (which itself need not be a working day). */
export function workingDaysBefore(
  date: string,
  count: number,
  closingDays: readonly ClosingDay[] = [],
): string {
  assertCalendarDate(date, 'date');
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  let day = date;
  for (let left = count; left > 0;) {
    day = addDays(day, -1);
    if (isWorkingDay(day, closingDays)) left--;
  }
  return day;
}
