import { toApiError } from '../api/client';
import { formatDateTime, formatTime, type Language } from '../format/dates';

/**
 * The time a refused slot would have overlapped (the 409's `clashingSlot`), written for the user,
 * e.g. "tirsdag 2. marts 2027 kl. 09.00–09.45"; null when the problem is no such clash.
 */
export function clashingSlotTime(problem: unknown, language: Language): string | null {
  const clash = problem ? toApiError(problem).clashingSlot : null;
  return clash ? `${formatDateTime(clash.startsAt, language)}–${formatTime(clash.endsAt, language)}` : null;
}
