import { ValidationFailedException } from '@app/common';
import { addDays, copenhagenInstant, isCalendarDate } from './time';

/** The instants an absence from `from` to `to` (local days, both inclusive) covers; 400 for a bad period. */
export function absencePeriod(from: string, to: string): { start: Date; end: Date } {
  if (!isCalendarDate(from))
    throw new ValidationFailedException([{ field: 'from', message: 'Startdatoen er ikke en gyldig dato.' }]);
  if (!isCalendarDate(to) || to < from) {
    throw new ValidationFailedException([
      { field: 'to', message: 'Slutdatoen skal være en gyldig dato på eller efter startdatoen.' },
    ]);
  }
  return { start: copenhagenInstant(from, '00:00'), end: copenhagenInstant(addDays(to, 1), '00:00') };
}
