export { CLOSING_DAYS, danishHolidays, easterSunday, isDanishHoliday } from './danish-holidays';
export type { ClosingDay, DanishHoliday } from './danish-holidays';
export {
  COPENHAGEN_TIME_ZONE,
  MONTHS_DA,
  copenhagenInstant,
  formatDanish,
  localDateOf,
  localTimeOf,
  validateStartTime,
} from './copenhagen-time';
export type { StartTimeValidation } from './copenhagen-time';
export {
  MAX_INTERVAL_WEEKS,
  MIN_INTERVAL_WEEKS,
  expandSeries,
  firstOccurrenceDate,
  validateSeriesRule,
} from './recurrence';
export type { ExpansionWindow, IsoWeekday, Occurrence, SeriesRule } from './recurrence';
export { addDays, isCalendarDate } from './calendar-date';
export { isWorkingDay, workingDaysBefore } from './working-days';
