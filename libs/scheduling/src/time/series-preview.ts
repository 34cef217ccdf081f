import { isDanishHoliday, type ClosingDay } from './danish-holidays';
import { expandSeries, type ExpansionWindow, type SeriesRule } from './recurrence';

export interface PreviewDate {
  /** YYYY-MM-DD in Copenhagen. */
  localDate: string;
  startsAt: Date;
  /** Set when the series makes no slot on this date, with the day's Danish name. */
  skipped: { reason: 'public_holiday' | 'closing_day'; name: string } | null;
}

/**
 * The dates a series rule gives in the window, including the holidays and closing days it skips
 * (marked), so a contact sees before publishing which weeks will have no time.
 */
export function previewSeries(
  rule: SeriesRule,
  window: ExpansionWindow,
  slotMinutes: number,
  closingDays: readonly ClosingDay[],
): PreviewDate[] {
  const every = expandSeries({ ...rule, includePublicHolidays: true }, window, slotMinutes);
  return every.map(({ localDate, startsAt }) => {
    const holiday = rule.includePublicHolidays ? undefined : isDanishHoliday(localDate, closingDays);
    return {
      localDate,
      startsAt,
      skipped: holiday ? { reason: holiday.kind, name: holiday.name } : null,
    };
  });
}
