import type { Screening } from '../../api/types';
import { formatShortDate } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

export function ScreeningTable({ screenings }: { screenings: Screening[] }) {
  const { t, language } = useLanguage();
  return (
    <table className="table table--compact mt-4">
      <caption>{t.caseSummary.screenings}</caption>
      <thead>
        <tr>
          <th scope="col">{t.caseSummary.instrument}</th>
          <th scope="col">{t.caseSummary.informant}</th>
          <th scope="col">{t.caseSummary.score}</th>
          <th scope="col">{t.caseSummary.date}</th>
        </tr>
      </thead>
      <tbody>
        {screenings.map((screening, index) => (
          <tr key={index}>
            <td>{screening.instrument}</td>
            <td>{screening.informant ?? '–'}</td>
            <td>
              {screening.score}
              {screening.subscales &&
                Object.entries(screening.subscales).map(([name, score]) => (
                  <span key={name} className="d-block small-text">
                    {name}: {score}
                  </span>
                ))}
            </td>
            <td>{screening.date ? formatShortDate(`${screening.date}T12:00:00Z`, language) : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
