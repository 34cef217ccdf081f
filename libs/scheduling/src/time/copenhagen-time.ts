// Europe/Copenhagen wall-clock time <-> UTC instants, and the Danish date-time format of the product.
//
// DST policy — the one RFC 5545 §3.3.5 prescribes, so our iCalendar invites and every calendar client
// agree with the instants we store. In Denmark both changes happen between 02:00 and 03:00 local time:
// - a local time that does not exist (02:00–02:59 on the last Sunday of March) is read with the UTC offset
//   in force before the gap, i.e. it moves forward by the hour skipped: 02:30 → 01:30Z = 03:30 CEST;
// - a local time that exists twice (02:00–02:59 on the last Sunday of October) means the first of the two,
//   still on summer time: 02:30 → 00:30Z = 02:30 CEST (not the later 01:30Z = 02:30 CET).
// Either way every local date yields exactly one instant, which the series expansion relies on.
import { DateTime, IANAZone } from 'luxon';

import { assertCalendarDate } from './calendar-date';

export const COPENHAGEN_TIME_ZONE = 'Europe/Copenhagen';

const zone = IANAZone.create(COPENHAGEN_TIME_ZONE);
const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const START_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const WEEKDAYS_DA = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
/** Danish month names, January first. */
export const MONTHS_DA = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

export type StartTimeValidation =
  { valid: true; hour: number; minute: number } | { valid: false; error: string };

/**
 * A series start time: 'HH:MM', 24-hour clock, two digits each ('09:00', not '9:00' or '09:00:00').
 * Times inside the DST hour (02:xx) are valid; see the policy at the top of this file.
 */
export function validateStartTime(value: unknown): StartTimeValidation {
  const match = typeof value === 'string' ? START_TIME.exec(value) : null;
  if (!match)
    return { valid: false, error: `start time must be 'HH:MM' from 00:00 to 23:59, got ${String(value)}` };
  return { valid: true, hour: Number(match[1]), minute: Number(match[2]) };
}

/** The UTC instant of a Copenhagen wall-clock time on a local date, DST handled as described above. */
export function copenhagenInstant(localDate: string, startTime: string): Date {
  assertCalendarDate(localDate, 'localDate');
  const time = validateStartTime(startTime);
  if (!time.valid) throw new RangeError(time.error);
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const wall = { year, month, day, hour: time.hour, minute: time.minute };

  // One candidate normally, two in the autumn overlap, none in the spring gap (luxon shifts those).
  const candidates = DateTime.fromObject(wall, { zone })
    .getPossibleOffsets()
    .filter((candidate) => sameWallClock(candidate, wall));
  if (candidates.length > 0)
    return new Date(Math.min(...candidates.map((candidate) => candidate.toMillis())));

  const wallAsUtc = Date.UTC(year, month - 1, day, time.hour, time.minute);
  const offsetBeforeGap = zone.offset(wallAsUtc - DAY_MS);
  return new Date(wallAsUtc - offsetBeforeGap * MINUTE_MS);
}

/** 'YYYY-MM-DD' of the instant in Copenhagen. */
export function localDateOf(instant: Date): string {
  return inCopenhagen(instant).toFormat('yyyy-MM-dd');
}

/** 'HH:MM' of the instant in Copenhagen. */
export function localTimeOf(instant: Date): string {
  return inCopenhagen(instant).toFormat('HH:mm');
}

/**
 * The product's Danish date-time format, e.g. 'tirsdag 30. marts 2027 kl. 09.00'. The names are spelled out
 * here rather than taken from Intl, so the text does not depend on the ICU data the Node build carries.
 */
export function formatDanish(instant: Date): string {
  const local = inCopenhagen(instant);
  const weekday = WEEKDAYS_DA[local.weekday - 1];
  const month = MONTHS_DA[local.month - 1];
  return `${weekday} ${local.day}. ${month} ${local.year} kl. ${local.toFormat('HH.mm')}`;
}

function inCopenhagen(instant: Date): DateTime<true> {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new RangeError(`not a valid instant: ${String(instant)}`);
  return local;
}

function sameWallClock(
  candidate: DateTime,
  wall: { year: number; month: number; day: number; hour: number; minute: number },
): boolean {
  return (
    candidate.year === wall.year &&
    candidate.month === wall.month &&
    candidate.day === wall.day &&
    candidate.hour === wall.hour &&
    candidate.minute === wall.minute
  );
}
