import { addDays, formatShortDate, isoWeekNumber, mondayOf, todayInCopenhagen } from '../format/dates';
import { useLanguage } from '../i18n/language';

interface WeekNavigatorProps {
  monday: string;
  onChange: (monday: string) => void;
}

/**
 * The Monday of the first week of the month `months` away from the shown week's month. A week
 * belongs to the month of its Thursday, as it belongs to the ISO year of its Thursday.
 */
function mondayOfMonth(monday: string, months: number): string {
  const [year, month] = addDays(monday, 3).split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
  const candidate = mondayOf(first);
  return addDays(candidate, 3) < first ? addDays(candidate, 7) : candidate;
}

/** Previous / this / next week and month, with the shown week as a heading. */
export function WeekNavigator({ monday, onChange }: WeekNavigatorProps) {
  const { t, language } = useLanguage();
  const thisMonday = mondayOf(todayInCopenhagen());
  return (
    <div className="week-navigator">
      <h2 className="h3 week-label">
        {t.week.label(
          isoWeekNumber(monday),
          formatShortDate(`${monday}T12:00:00Z`, language),
          formatShortDate(`${addDays(monday, 6)}T12:00:00Z`, language),
        )}
      </h2>
      <nav aria-label={t.week.navLabel} className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(addDays(monday, -7))}
        >
          {t.week.previous}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => onChange(thisMonday)}
          disabled={monday === thisMonday}
        >
          {t.week.current}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(addDays(monday, 7))}
        >
          {t.week.next}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => onChange(mondayOfMonth(monday, -1))}
        >
          {t.week.previousMonth}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => onChange(mondayOfMonth(monday, 1))}
        >
          {t.week.nextMonth}
        </button>
      </nav>
    </div>
  );
}
