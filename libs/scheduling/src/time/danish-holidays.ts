// Danish public holidays (helligdage), computed for any Gregorian year, plus the customary closing days
// that are not public holidays but on which BUP usually offers no sessions; callers switch those on.
import { MAX_YEAR, MIN_YEAR, addDays, assertCalendarDate, calendarDate } from './calendar-date';

export type ClosingDay = 'christmas_eve' | 'new_years_eve' | 'constitution_day';

export const CLOSING_DAYS: readonly ClosingDay[] = ['christmas_eve', 'new_years_eve', 'constitution_day'];

export interface DanishHoliday {
  /** YYYY-MM-DD */
  date: string;
  /** Danish name, e.g. 'Kristi himmelfartsdag'. */
  name: string;
  kind: 'public_holiday' | 'closing_day';
}

/** Store bededag was abolished as a public holiday by the act of 2023, with effect from 2024. */
const LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  assertYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

/** Public holidays of the year, then the requested closing days; sorted by date (public first on a tie). */
export function danishHolidays(year: number, closingDays: readonly ClosingDay[] = []): DanishHoliday[] {
  assertYear(year);
  const holidays = [...publicHolidays(year), ...selectedClosingDays(year, closingDays)];
  return holidays.sort((x, y) => x.date.localeCompare(y.date) || kindRank(x) - kindRank(y));
}

/** The holiday on that date, if any; a public holiday wins over a closing day on the same date. */
export function isDanishHoliday(
  date: string,
  closingDays: readonly ClosingDay[] = [],
): DanishHoliday | undefined {
  assertCalendarDate(date, 'date');
  return danishHolidays(Number(date.slice(0, 4)), closingDays).find((holiday) => holiday.date === date);
}

function publicHolidays(year: number): DanishHoliday[] {
  const easter = easterSunday(year);
  const fromEaster = (days: number, name: string) => publicHoliday(addDays(easter, days), name);
  const holidays = [
    publicHoliday(calendarDate(year, 1, 1), 'Nytårsdag'),
    fromEaster(-3, 'Skærtorsdag'),
    fromEaster(-2, 'Langfredag'),
    fromEaster(0, 'Påskedag'),
    fromEaster(1, '2. påskedag'),
    fromEaster(39, 'Kristi himmelfartsdag'),
    fromEaster(49, 'Pinsedag'),
    fromEaster(50, '2. pinsedag'),
    publicHoliday(calendarDate(year, 12, 25), 'Juledag'),
    publicHoliday(calendarDate(year, 12, 26), '2. juledag'),
  ];
  // The fourth Friday after Easter.
  if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) holidays.push(fromEaster(26, 'Store bededag'));
  return holidays;
}

function selectedClosingDays(year: number, closingDays: readonly ClosingDay[]): DanishHoliday[] {
  // Untyped input (JSON, settings) reaches here too: an unknown name is a mistake, not "no closing day".
  const unknown = closingDays.filter((key) => !CLOSING_DAYS.includes(key));
  if (unknown.length > 0) throw new RangeError(`unknown closing day(s): ${unknown.join(', ')}`);
  const all: Record<ClosingDay, DanishHoliday> = {
    christmas_eve: closingDay(calendarDate(year, 12, 24), 'Juleaftensdag'),
    new_years_eve: closingDay(calendarDate(year, 12, 31), 'Nytårsaftensdag'),
    constitution_day: closingDay(calendarDate(year, 6, 5), 'Grundlovsdag'),
  };
  return CLOSING_DAYS.filter((key) => closingDays.includes(key)).map((key) => all[key]);
}

function publicHoliday(date: string, name: string): DanishHoliday {
  return { date, name, kind: 'public_holiday' };
}

function closingDay(date: string, name: string): DanishHoliday {
  return { date, name, kind: 'closing_day' };
}

function kindRank(holiday: DanishHoliday): number {
  return holiday.kind === 'public_holiday' ? 0 : 1;
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  }
}
