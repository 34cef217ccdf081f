// Expands a recurring series ("every second Tuesday 09:00", Europe/Copenhagen) into slot instants.
//
// - Dates: rrule runs on "floating" UTC midnights that stand for Copenhagen calendar dates, never with its
//   tzid option (which mixes host-local and pseudo-UTC times). Only then is each date combined with the
//   wall-clock start time and converted to a UTC instant with luxon. So 09:00 stays 09:00 local across
//   the DST changes, and the UTC instant moves by an hour (08:00Z in winter, 07:00Z in summer).
// - DST edge cases (RFC 5545 §3.3.5, implemented in copenhagen-time.ts): a start time that does not exist
//   on the spring-forward night (02:30) is moved forward by the skipped hour to 03:30 CEST; one that
//   exists twice on the fall-back night is the first, summer-time one. Such start times are accepted at
//   series creation; each date still yields exactly one slot. endsAt = startsAt + slotMinutes of real time.
// - Determinism: the cadence is anchored at the first occurrence (the first date on/after startsOn with the
//   weekday), never at the window, so any window yields the same dates and expanding [a,c) equals
//   expanding [a,b) then [b,c) — which keeps the nightly horizon-extension job idempotent.
import { RRule, Weekday } from 'rrule';

import {
  addDays,
  assertCalendarDate,
  fromFloating,
  isCalendarDate,
  isoWeekday,
  toFloating,
} from './calendar-date';
import { copenhagenInstant, localDateOf, validateStartTime } from './copenhagen-time';
import { type ClosingDay, isDanishHoliday } from './danish-holidays';

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const MIN_INTERVAL_WEEKS = 1;
export const MAX_INTERVAL_WEEKS = 8;

export interface SeriesRule {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: IsoWeekday;
  /** 'HH:MM', Europe/Copenhagen wall-clock time. */
  startTime: string;
  /** 1–8. */
  intervalWeeks: number;
  /** YYYY-MM-DD, local; the first occurrence is the first date on/after it with the weekday. */
  startsOn: string;
  /** YYYY-MM-DD, local, inclusive. */
  endsOn?: string | null;
  /** Keep occurrences on public holidays and on the given closing days (default: skip them). */
  includePublicHolidays?: boolean;
  /** Closing days skipped like public holidays (default: none). */
  closingDays?: readonly ClosingDay[];
}

export interface Occurrence {
  /** YYYY-MM-DD in Copenhagen. */
  localDate: string;
  startsAt: Date;
  endsAt: Date;
}

export interface ExpansionWindow {
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** Problems with a rule, in English for logs and 400 responses; empty when the rule is valid. */
export function validateSeriesRule(rule: SeriesRule): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) {
    problems.push(`weekday must be an ISO weekday 1-7, got ${rule.weekday}`);
  }
  const time = validateStartTime(rule.startTime);
  if (!time.valid) problems.push(time.error);
  const interval = rule.intervalWeeks;
  if (!Number.isInteger(interval) || interval < MIN_INTERVAL_WEEKS || interval > MAX_INTERVAL_WEEKS) {
    problems.push(
      `intervalWeeks must be an integer ${MIN_INTERVAL_WEEKS}-${MAX_INTERVAL_WEEKS}, got ${interval}`,
    );
  }
  if (!isCalendarDate(rule.startsOn)) problems.push(`startsOn must be a valid date 'YYYY-MM-DD'`);
  if (rule.endsOn != null) {
    if (!isCalendarDate(rule.endsOn)) problems.push(`endsOn must be a valid date 'YYYY-MM-DD'`);
    else if (isCalendarDate(rule.startsOn) && rule.endsOn < rule.startsOn) {
      problems.push('endsOn must not be before startsOn');
    }
  }
  return problems;
}

/** The first date on/after startsOn that falls on the weekday: the anchor of the series' cadence. */
export function firstOccurrenceDate(startsOn: string, weekday: IsoWeekday): string {
  assertCalendarDate(startsOn, 'startsOn');
  return addDays(startsOn, (weekday - isoWeekday(startsOn) + 7) % 7);
}

/** The series' occurrences whose start lies in [window.from, window.to), sorted by start. */
export function expandSeries(rule: SeriesRule, window: ExpansionWindow, slotMinutes: number): Occurrence[] {
  const problems = validateSeriesRule(rule);
  if (problems.length > 0) throw new RangeError(`invalid series rule: ${problems.join('; ')}`);
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) {
    throw new RangeError(`slotMinutes must be a positive integer, got ${slotMinutes}`);
  }
  assertInstant(window.from, 'window.from');
  assertInstant(window.to, 'window.to');
  if (window.to <= window.from) return [];

  const closingDays = rule.closingDays ?? [];
  const isSkipped = (date: string) =>
    !rule.includePublicHolidays && isDanishHoliday(date, closingDays) !== undefined;

  return candidateDates(rule, window)
    .filter((localDate) => !isSkipped(localDate))
    .map((localDate) => {
      const startsAt = copenhagenInstant(localDate, rule.startTime);
      return { localDate, startsAt, endsAt: new Date(startsAt.getTime() + slotMinutes * 60_000) };
    })
    .filter(({ startsAt }) => startsAt >= window.from && startsAt < window.to);
}

// The series' local dates around the window (a day of slack each side; the instant filter is exact).
function candidateDates(rule: SeriesRule, window: ExpansionWindow): string[] {
  const recurrence = new RRule({
    freq: RRule.WEEKLY,
    interval: rule.intervalWeeks,
    wkst: RRule.MO,
    byweekday: [new Weekday(rule.weekday - 1)], // rrule counts Monday as 0
    dtstart: toFloating(firstOccurrenceDate(rule.startsOn, rule.weekday)),
    until: rule.endsOn != null ? toFloating(rule.endsOn) : null,
  });
  const after = toFloating(addDays(localDateOf(window.from), -1));
  const before = toFloating(addDays(localDateOf(window.to), 1));
  return recurrence.between(after, before, true).map(fromFloating);
}

function assertInstant(value: Date, what: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw new RangeError(`${what} must be a valid Date`);
}
