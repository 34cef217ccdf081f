// Dates and times are always shown in Europe/Copenhagen, whatever the PC's own time zone.
// Calendar dates are handled as 'YYYY-MM-DD' strings so that week arithmetic never drifts
// across daylight-saving changes.

export type Language = 'da' | 'en';

const TIME_ZONE = 'Europe/Copenhagen';
const LOCALE: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

type Parts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function parts(instant: Date, language: Language, options: Intl.DateTimeFormatOptions): Parts {
  const result: Parts = {};
  for (const part of new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: TIME_ZONE,
    ...options,
  }).formatToParts(instant)) {
    result[part.type] = part.value;
  }
  return result;
}

/** 'tirsdag 30. marts 2027' / 'Tuesday 30 March 2027' */
export function formatLongDate(value: string | Date, language: Language): string {
  const p = parts(toInstant(value), language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return language === 'da'
    ? `${p.weekday} ${p.day}. ${p.month} ${p.year}`
    : `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/** '09.00' / '09:00' */
export function formatTime(value: string | Date, language: Language): string {
  const p = parts(toInstant(value), language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return language === 'da' ? `${p.hour}.${p.minute}` : `${p.hour}:${p.minute}`;
}

/** 'tirsdag 30. marts 2027 kl. 09.00' / 'Tuesday 30 March 2027 at 09:00' */
export function formatDateTime(value: string | Date, language: Language): string {
  const joiner = language === 'da' ? 'kl.' : 'at';
  return `${formatLongDate(value, language)} ${joiner} ${formatTime(value, language)}`;
}

/** '30. mar. 2027' / '30 Mar 2027' — for tables. */
export function formatShortDate(value: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: TIME_ZONE,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(toInstant(value));
}

/** 'tirsdag 30. marts' — a day heading inside a week. */
export function formatDayHeading(date: string, language: Language): string {
  const p = parts(toInstant(`${date}T12:00:00Z`), language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  return language === 'da' ? `${p.weekday} ${p.day}. ${p.month}` : `${p.weekday} ${p.day} ${p.month}`;
}

export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: fractionDigits }).format(value);
}

function toInstant(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** The calendar date in Copenhagen of an instant, as 'YYYY-MM-DD'. */
export function copenhagenDate(value: string | Date = new Date()): string {
  const p = parts(toInstant(value), 'en', { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${p.year}-${p.month}-${p.day}`;
}

export function todayInCopenhagen(): string {
  return copenhagenDate(new Date());
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function isoWeekNumber(date: string): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const [year] = thursday.split('-').map(Number);
  const firstThursday = addDays(`${year}-01-04`, 4 - isoWeekday(`${year}-01-04`));
  const days = (Date.parse(thursday) - Date.parse(firstThursday)) / 86_400_000;
  return 1 + Math.round(days / 7);
}

/** The UTC offset of Copenhagen at local noon on a date, e.g. '+02:00'. */
function copenhagenOffset(date: string): string {
  const p = parts(new Date(`${date}T12:00:00Z`), 'en', { timeZoneName: 'longOffset' });
  const offset = (p.timeZoneName ?? 'GMT').replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

/** Midnight in Copenhagen at the start of a date, as an ISO instant with offset. */
export function startOfCopenhagenDay(date: string): string {
  return `${date}T00:00:00${copenhagenOffset(date)}`;
}

/** A Copenhagen wall-clock time on a date ('HH:MM') as an ISO instant with offset. */
export function copenhagenInstant(date: string, time: string): string {
  return `${date}T${time}:00${copenhagenOffset(date)}`;
}

export function isPast(value: string): boolean {
  return Date.parse(value) < Date.now();
}

export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
