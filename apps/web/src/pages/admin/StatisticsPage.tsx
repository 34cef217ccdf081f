import { useState, type FormEvent } from 'react';
import { statsApi } from '../../api/endpoints';
import { STATS_GROUPS, type StatsGroup, type UsageRow, type UsageStats } from '../../api/types';
import { Alert } from '../../components/Alert';
import { BarChart } from '../../components/BarChart';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useLoader } from '../../components/useLoader';
import { formatNumber, formatShortDate, todayInCopenhagen, type Language } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

type Filters = { from: string; to: string; groupBy: StatsGroup };

const COLUMNS: (keyof Omit<UsageRow, 'key' | 'label'>)[] = [
  'slotsOffered',
  'bookings',
  'held',
  'noShow',
  'cancelled',
  'lateCancelled',
  'utilisation',
  'medianLeadTimeDays',
  'summariesOnTime',
  'withScreening',
  'gpParticipated',
  'referredBup',
  'sessionsPer1000Children',
];

function defaultFilters(): Filters {
  const today = todayInCopenhagen();
  return { from: `${today.slice(0, 4)}-01-01`, to: today, groupBy: 'municipality' };
}

export function StatisticsPage() {
  const { t } = useLanguage();
  const [draft, setDraft] = useState<Filters>(defaultFilters);
  const [applied, setApplied] = useState<Filters>(draft);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloaded, setDownloaded] = useState(false);
  const loader = useLoader(
    (signal) => statsApi.usage(applied, signal),
    [applied.from, applied.to, applied.groupBy],
  );
  const serverErrors = loader.result.state === 'error' ? serverFieldErrors(loader.result.error) : {};

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setErrors({ to: t.stats.periodInvalid });
      document.getElementById('field-to')?.focus();
      return;
    }
    setErrors({});
    setApplied(draft);
  };

  const download = async (format: 'csv' | 'xlsx') => {
    setDownloadError(null);
    setDownloaded(false);
    try {
      await statsApi.download(applied, format);
      setDownloaded(true);
    } catch (error) {
      setDownloadError(error);
    }
  };

  return (
    <>
      <PageHeading>{t.stats.title}</PageHeading>
      <p className="font-lead">{t.stats.intro}</p>
      <form onSubmit={onSubmit} noValidate className="filters">
        <div className="filter-row">
          <TextField
            name="from"
            type="date"
            label={t.stats.from}
            value={draft.from}
            onValueChange={(from) => setDraft({ ...draft, from })}
            error={errors.from ?? serverErrors.from}
            widthClass="input-width-s"
          />
          <TextField
            name="to"
            type="date"
            label={t.stats.to}
            value={draft.to}
            onValueChange={(to) => setDraft({ ...draft, to })}
            error={errors.to ?? serverErrors.to}
            widthClass="input-width-s"
          />
          <SelectField
            name="groupBy"
            label={t.stats.groupBy}
            value={draft.groupBy}
            onValueChange={(groupBy) => setDraft({ ...draft, groupBy: groupBy as StatsGroup })}
            options={STATS_GROUPS.map((value) => ({ value, label: t.stats.groups[value] }))}
          />
        </div>
        <button type="submit" className="button button-primary">
          {t.stats.show}
        </button>
      </form>

      <div className="button-row mt-5">
        <button type="button" className="button button-secondary" onClick={() => void download('csv')}>
          {t.stats.downloadCsv}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void download('xlsx')}>
          {t.stats.downloadXlsx}
        </button>
      </div>
      {downloaded && <Alert variant="success">{t.stats.downloaded}</Alert>}
      {downloadError !== null && <ProblemAlert error={downloadError} />}

      <div aria-live="polite" aria-busy={loader.result.state === 'loading'}>
        <LoadState loader={loader}>{(stats) => <StatsResult stats={stats} />}</LoadState>
      </div>
    </>
  );
}

function formatCell(
  column: (typeof COLUMNS)[number],
  value: number | null | undefined,
  language: Language,
): string {
  if (value === null || value === undefined) return '–';
  if (column === 'utilisation') return `${formatNumber(value <= 1 ? value * 100 : value, language)} %`;
  if (column === 'medianLeadTimeDays' || column === 'sessionsPer1000Children')
    return formatNumber(value, language, 1);
  return formatNumber(value, language);
}

function StatsResult({ stats }: { stats: UsageStats }) {
  const { t, language } = useLanguage();
  const period = [
    formatShortDate(`${stats.from}T12:00:00Z`, language),
    formatShortDate(`${stats.to}T12:00:00Z`, language),
  ] as const;
  if (stats.rows.length === 0) return <p className="empty-state mt-6">{t.stats.empty}</p>;
  return (
    <>
      <h2 className="mt-7">{t.stats.chartTitle}</h2>
      <BarChart
        title={t.stats.chartTitle}
        description={t.stats.chartDescription}
        categories={stats.rows.map((row) => row.label)}
        series={[
          {
            label: t.stats.columns.bookings,
            values: stats.rows.map((row) => row.bookings),
            className: 'bar-primary',
          },
          {
            label: t.stats.columns.held,
            values: stats.rows.map((row) => row.held),
            className: 'bar-secondary',
          },
        ]}
      />
      {/* The table is wider than the page: the scroll area must be reachable by keyboard. */}
      <div
        className="table--responsive-scroll mt-6"
        role="region"
        aria-labelledby="stats-caption"
        tabIndex={0}
      >
        <table className="table table--zebra table--compact stats-table">
          <caption id="stats-caption">{t.stats.tableCaption(...period)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.stats.groups[stats.groupBy] ?? t.stats.columns.label}</th>
              {COLUMNS.map((column) => (
                <th scope="col" key={column} className="align-text-right">
                  {t.stats.columns[column]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {COLUMNS.map((column) => (
                  <td key={column} className="align-text-right">
                    {formatCell(column, row[column], language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.stats.total}</th>
              {COLUMNS.map((column) => (
                <td key={column} className="align-text-right bold">
                  {formatCell(column, stats.totals?.[column] as number | null | undefined, language)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
