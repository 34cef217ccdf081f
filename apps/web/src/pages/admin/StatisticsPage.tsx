import { useState } from 'react';
import { statsApi } from '../../api/endpoints';
import { STATS_GROUPS, type StatsGroup, type UsageRow, type UsageStats } from '../../api/types';
import { Alert } from '../../components/Alert';
import { BarChart } from '../../components/BarChart';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { formatNumber, formatShortDate, todayInCopenhagen, type Language } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';

type Filters = { from: string; to: string; groupBy: StatsGroup };

const COLUMNS: (keyof Omit<UsageRow, 'key' | 'label'>)[] = [
  'slotsOffered',
  'bookings',
  'held',
  'noShow',
  'cancelled',
  'cancelledByConsultant',
  'cancelledByBup',
  'lateCancelled',
  'utilisation',
  'medianLeadTimeDays',
  'summariesOnTime',
  'withScreening',
  'gpParticipated',
  'referredBup',
  'sessionsPer1000Children',
];

/** The last 12 months up to and including today: the day after the same date a year ago. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  const [year, month, day] = today.split('-').map(Number);
  const from = new Date(Date.UTC(year - 1, month - 1, day + 1)).toISOString().slice(0, 10);
  return { from, to: today };
}

function defaultFilters(): Filters {
  return { ...lastTwelveMonths(todayInCopenhagen()), groupBy: 'municipality' };
}

export function StatisticsPage() {
  const { t } = useLanguage();
  const [draft, setDraft] = useState<Filters>(defaultFilters);
  const [applied, setApplied] = useState<Filters>(draft);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [downloaded, setDownloaded] = useState(false);
  const loader = useLoader(
    (signal) => statsApi.usage(applied, signal),
    [applied.from, applied.to, applied.groupBy],
  );
  const serverErrors = loader.result.state === 'error' ? serverFieldErrors(loader.result.error) : {};

  const form = useForm({
    labels: { from: t.stats.from, to: t.stats.to, groupBy: t.stats.groupBy },
    validate: () => ({
      from: draft.from ? undefined : t.stats.dateMissing,
      to: !draft.to
        ? t.stats.dateMissing
        : draft.from && draft.to < draft.from
          ? t.stats.periodInvalid
          : undefined,
    }),
    submit: async () => setApplied(draft),
  });

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
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate className="filters">
        <div className="filter-row">
          <TextField
            name="from"
            type="date"
            label={t.stats.from}
            value={draft.from}
            onValueChange={(from) => setDraft({ ...draft, from })}
            error={form.errors.from ?? serverErrors.from}
            widthClass="input-width-s"
          />
          <TextField
            name="to"
            type="date"
            label={t.stats.to}
            value={draft.to}
            onValueChange={(to) => setDraft({ ...draft, to })}
            error={form.errors.to ?? serverErrors.to}
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
      <HowCounted />
    </>
  );
}

function formatCell(
  column: (typeof COLUMNS)[number],
  value: number | null | undefined,
  language: Language,
): string {
  if (value === null || value === undefined) return '–';
  if (column === 'utilisation') return `${formatNumber(value * 100, language, 1)} %`;
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
  // Per 1,000 children needs the municipalities' numbers of children: without them the column
  // would be all dashes, so it is left out and the admin is told where to enter them.
  const perThousandShown = stats.rows.some((row) => row.sessionsPer1000Children !== null);
  const byPlace = stats.groupBy === 'municipality' || stats.groupBy === 'cluster';
  const missingPopulation = byPlace
    ? stats.rows.filter((row) => row.sessionsPer1000Children === null).map((row) => row.label)
    : [];
  const columns = COLUMNS.filter((column) => column !== 'sessionsPer1000Children' || perThousandShown);
  return (
    <>
      {missingPopulation.length > 0 && (
        <Alert variant="info" heading={t.stats.populationMissingHeading}>
          <p>
            {perThousandShown
              ? t.stats.populationMissingSome(missingPopulation.join(', '))
              : t.stats.populationMissingAll}{' '}
            <Link to="/admin/kommuner">{t.stats.populationLink}</Link>
          </p>
        </Alert>
      )}
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
              {columns.map((column) => (
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
                {columns.map((column) => (
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
              {columns.map((column) => (
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

/** How the figures are counted: shared teaching slots and cancellations are easy to misread. */
function HowCounted() {
  const { t } = useLanguage();
  return (
    <section aria-labelledby="how-counted-heading" className="mt-8">
      <h2 id="how-counted-heading" className="h3">
        {t.stats.howHeading}
      </h2>
      <ul>
        {t.stats.howItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
