import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { copenhagenInstant, localDateOf, localTimeOf, workingDaysBefore } from './time';

export interface CaseSummaryDue {
  dueAt: Date;
  /** The regular deadline had passed when the booking was made or moved: the summary is due at once. */
  immediately: boolean;
}

/**
 * Product rule 5: the case summary is due CASE_SUMMARY_DUE_WORKING_DAYS working days before the session,
 * at the session's time of day (Danish holidays and the configured closing days are not working days).
 */
@Injectable()
export class CaseSummaryDeadline {
  constructor(private readonly config: AppConfig) {}

  /** The regular deadline of a session starting at `startsAt`. */
  regularDueAt(startsAt: Date): Date {
    const date = workingDaysBefore(
      localDateOf(startsAt),
      this.config.caseSummaryDueWorkingDays,
      this.config.closingDays,
    );
    return copenhagenInstant(date, localTimeOf(startsAt));
  }

  /** The deadline of a booking made (or moved) at `now`: never in the past. */
  dueFor(startsAt: Date, now: Date): CaseSummaryDue {
    const regular = this.regularDueAt(startsAt);
    return regular > now ? { dueAt: regular, immediately: false } : { dueAt: now, immediately: true };
  }

  /** Whether a stored deadline was set "at once" (later than the regular one). */
  wasImmediate(dueAt: Date, startsAt: Date): boolean {
    return dueAt.getTime() > this.regularDueAt(startsAt).getTime();
  }
}
