import { ValidationFailedException } from '@app/common';

export interface Period {
  from: string;
  to: string;
}

const isRealDate = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

/** A period of Danish local dates, `to` inclusive; at most 20 years. */
export function checkPeriod(from: string, to: string): Period {
  const errors = [];
  if (!isRealDate(from)) errors.push({ field: 'from', message: 'Fra-datoen er ikke en dato, der findes.' });
  if (!isRealDate(to)) errors.push({ field: 'to', message: 'Til-datoen er ikke en dato, der findes.' });
  if (!errors.length && from > to)
    errors.push({ field: 'to', message: 'Til-datoen må ikke ligge før fra-datoen.' });
  if (!errors.length && Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 20)
    errors.push({ field: 'to', message: 'Perioden må højst strække sig over 20 år.' });
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
