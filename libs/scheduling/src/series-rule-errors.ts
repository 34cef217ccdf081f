import { FieldError } from '@app/common';
import { MAX_INTERVAL_WEEKS, MIN_INTERVAL_WEEKS } from './time';

/**
 * The Danish field error for one of validateSeriesRule's problems (those stay English: they are also
 * the recurrence code's own errors). Reached for what the DTO's rules let through, such as a date
 * that does not exist (2027-02-30) or an end before the start.
 */
export function seriesRuleFieldError(problem: string): FieldError {
  if (problem.startsWith('weekday'))
    return { field: 'weekday', message: 'Ugedagen skal være et tal fra 1 (mandag) til 7 (søndag).' };
  if (problem.startsWith('start time'))
    return { field: 'startTime', message: 'Starttidspunktet skal være et klokkeslæt fra 00:00 til 23:59.' };
  if (problem.startsWith('intervalWeeks'))
    return {
      field: 'intervalWeeks',
      message: `Intervallet skal være et helt antal uger fra ${MIN_INTERVAL_WEEKS} til ${MAX_INTERVAL_WEEKS}.`,
    };
  if (problem.startsWith('startsOn'))
    return { field: 'startsOn', message: 'Startdatoen skal være en dato, der findes (ÅÅÅÅ-MM-DD).' };
  if (problem === 'endsOn must not be before startsOn')
    return { field: 'endsOn', message: 'Slutdatoen må ikke ligge før startdatoen.' };
  if (problem.startsWith('endsOn'))
    return { field: 'endsOn', message: 'Slutdatoen skal være en dato, der findes (ÅÅÅÅ-MM-DD).' };
  return { field: 'weekday', message: 'Gentagelsen er ikke gyldig.' };
}
