import { ValidationFailedException } from '@app/common';
import { RecordOutcomeDto } from './dto/record-outcome.dto';
import { Attendance, Recommendation } from './entities/booking.enums';

/** What is stored of an outcome once the rules below have been checked. */
export interface CheckedOutcome {
  recommendation: Recommendation | null;
  gpParticipated: boolean | null;
}

/**
 * The outcome form's rules, on the server (the web form asks exactly the same): a recommendation
 * only for a session that was held — a no-show (or late cancellation) has nothing to recommend; the
 * GP question only when a GP was invited. A value given where nothing is asked is kept as given.
 */
export function checkOutcome(dto: RecordOutcomeDto, booking: { gpEmail: string | null }): CheckedOutcome {
  const held = dto.attendance === Attendance.Held;
  const errors = [];
  if (held && !dto.recommendation)
    errors.push({ field: 'recommendation', message: 'vælg en anbefaling, når sparringen er afholdt' });
  if (held && booking.gpEmail && dto.gpParticipated === undefined)
    errors.push({
      field: 'gpParticipated',
      message: 'svar på, om egen læge deltog (egen læge var inviteret)',
    });
  if (errors.length) throw new ValidationFailedException(errors);
  return {
    recommendation: dto.recommendation ?? null,
    gpParticipated: dto.gpParticipated ?? false,
  };
}
