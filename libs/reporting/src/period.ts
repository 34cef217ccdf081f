import { ValidationFailedException } from '@app/common';

export interface Period {
  from: string;
  to: string;
}

const isRealDate = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

/** The platform holds nothing before this; a period starting earlier is a typing error. */
export const EARLIEST_DATE = '2000-01-01';
/** The longest period a statistic or report may span. */
export const MAX_PERIOD_YEARS = 20;

/**
 * A period of Danish local dates, `to` inclusive: real dates, `from` not before 2000, `to` not
 * before `from`, at most 20 years, and — when `today` is given (status reports) — starting no later
 * than today, since a report about the future would be empty.
 */
export function checkPeriod(from: string, to: string, today?: string): Period {
  const errors = [];
  if (!isRealDate(from)) errors.push({ field: 'from', message: 'Fra-datoen er ikke en dato, der findes.' });
  if (!isRealDate(to)) errors.push({ field: 'to', message: 'Til-datoen er ikke en dato, der findes.' });
  if (!errors.length && from < EARLIEST_DATE)
    errors.push({ field: 'from', message: 'Fra-datoen må tidligst være 1. januar 2000.' });
  if (!errors.length && today && from > today)
    errors.push({ field: 'from', message: 'Fra-datoen må ikke ligge efter i dag.' });
  if (!errors.length && from > to)
    errors.push({ field: 'to', message: 'Til-datoen må ikke ligge før fra-datoen.' });
  if (!errors.length && Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_PERIOD_YEARS)
    errors.push({ field: 'to', message: `Perioden må højst strække sig over ${MAX_PERIOD_YEARS} år.` });
  if (errors.length) throw new ValidationFailedException(errors);
  return { from, to };
}

/** The Danish local date of an instant. */
export function copenhagenDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The two calendar years before the Danish local year of `now`. */
export function previousTwoYears(now: Date): Period {
  const year = Number(copenhagenDate(now).slice(0, 4));
  return { from: `${year - 2}-01-01`, to: `${year - 1}-12-31` };
}
