// Calendar dates ('YYYY-MM-DD') without a time of day or a time zone. They are carried as "floating" UTC
// midnights internally, so the arithmetic never depends on the host's time zone or on DST.

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Gregorian years the scheduling code accepts (the holiday rules are Gregorian; 9999 keeps 4 digits). */
export const MIN_YEAR = 1583;
export const MAX_YEAR = 9999;

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const floating = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2027-02-30 over into March; a real date survives the round trip.
  return floating.getUTCMonth() === month - 1 && floating.getUTCDate() === day;
}

export function assertCalendarDate(value: unknown, what: string): asserts value is string {
  if (!isCalendarDate(value))
    throw new RangeError(`${what} must be a valid date 'YYYY-MM-DD', got ${String(value)}`);
}

/** The floating UTC midnight that stands for a calendar date (the form rrule works in). */
export function toFloating(date: string): Date {
  assertCalendarDate(date, 'date');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function fromFloating(floating: Date): string {
  return floating.toISOString().slice(0, 10);
}

export function calendarDate(year: number, month: number, day: number): string {
  return fromFloating(new Date(Date.UTC(year, month - 1, day)));
}

export function addDays(date: string, days: number): string {
  return fromFloating(new Date(toFloating(date).getTime() + days * DAY_MS));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return ((toFloating(date).getUTCDay() + 6) % 7) + 1;
}
