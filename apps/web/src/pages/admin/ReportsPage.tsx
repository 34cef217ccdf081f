import { useEffect, useState } from 'react';
import { reportApi } from '../../api/endpoints';
import type { StatusReport } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { ProblemAlert } from '../../components/errors';
import { TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { formatDateTime, formatShortDate, todayInCopenhagen } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

const POLL_MS = 5000;
const FORMATS = ['pdf', 'csv', 'xlsx'] as const;

export function ReportsPage() {
  const { t } = useLanguage();
  const loader = useLoader((signal) => reportApi.list(signal), []);
  const reports = loader.result.state === 'ready' ? loader.result.data : [];
  const pending = reports.some((r) => r.status === 'queued' || r.status === 'running');

  // While a report is being produced, look again now and then so it turns "Klar" by itself.
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(loader.reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [pending, loader.reload, loader.result]);

  return (
    <>
      <PageHeading>{t.reports.title}</PageHeading>
      <p className="font-lead">{t.reports.intro}</p>
      <ProduceReportForm
        onQueued={(report) =>
          loader.setData((current) => [report, ...current.filter((r) => r.id !== report.id)])
        }
      />
      <section aria-labelledby="reports-heading" className="mt-8">
        <h2 id="reports-heading">{t.reports.listHeading}</h2>
        <button type="button" className="button button-tertiary" onClick={loader.reload}>
          {t.reports.refresh}
        </button>
        <LoadState loader={loader}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty-state">{t.reports.empty}</p>
            ) : (
              <ReportTable reports={list} />
            )
          }
        </LoadState>
      </section>
    </>
  );
}

/** The earliest date the server accepts for a period (libs/reporting period.ts). */
const EARLIEST_DATE = '2000-01-01';

function ProduceReportForm({ onQueued }: { onQueued: (report: StatusReport) => void }) {
  const { t } = useLanguage();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [queued, setQueued] = useState(false);
  const today = todayInCopenhagen();
  const form = useForm({
    labels: { from: t.reports.from, to: t.reports.to },
    focusIds: { from: 'field-reportFrom', to: 'field-reportTo' },
    // The same limits as the server, said before anything is sent.
    validate: () => ({
      from:
        from && from < EARLIEST_DATE
          ? t.reports.fromTooEarly
          : from && from > today
            ? t.reports.fromInFuture
            : undefined,
      to: from && to && to < from ? t.reports.toBeforeFrom : undefined,
    }),
    submit: async () => {
      setQueued(false);
      const report = await reportApi.produce({ from: from || undefined, to: to || undefined });
      onQueued({ from, to, createdAt: new Date().toISOString(), finishedAt: null, ...report });
      setQueued(true);
    },
  });

  return (
    <section aria-labelledby="produce-report-heading">
      <h2 id="produce-report-heading">{t.reports.produceHeading}</h2>
      {queued && (
        <Alert variant="success" focus>
          {t.reports.queued}
        </Alert>
      )}
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        <p className="form-hint" id="report-period-hint">
          {t.reports.periodHint}
        </p>
        <div className="filter-row">
          <TextField
            name="reportFrom"
            type="date"
            label={t.reports.from}
            value={from}
            onValueChange={setFrom}
            error={form.errors.from}
            widthClass="input-width-s"
            min={EARLIEST_DATE}
            max={today}
            optional
          />
          <TextField
            name="reportTo"
            type="date"
            label={t.reports.to}
            value={to}
            onValueChange={setTo}
            error={form.errors.to}
            widthClass="input-width-s"
            min={from || EARLIEST_DATE}
            optional
          />
        </div>
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {form.submitting ? t.reports.producing : t.reports.produce}
        </button>
      </form>
    </section>
  );
}

function ReportTable({ reports }: { reports: StatusReport[] }) {
  const { t, language } = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const [downloaded, setDownloaded] = useState(false);
  const period = (report: StatusReport) =>
    report.from && report.to
      ? `${formatShortDate(`${report.from.slice(0, 10)}T12:00:00Z`, language)} – ${formatShortDate(`${report.to.slice(0, 10)}T12:00:00Z`, language)}`
      : '–';

  const download = async (report: StatusReport, format: (typeof FORMATS)[number]) => {
    setError(null);
    setDownloaded(false);
    try {
      await reportApi.download(report, format);
      setDownloaded(true);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      {error !== null && <ProblemAlert error={error} />}
      {downloaded && <Alert variant="success">{t.reports.downloaded}</Alert>}
      <div className="table--responsive-scroll">
        <table className="table table--zebra">
          <thead>
            <tr>
              <th scope="col">{t.reports.period}</th>
              <th scope="col">{t.reports.created}</th>
              <th scope="col">{t.reports.finished}</th>
              <th scope="col">{t.reports.status}</th>
              <th scope="col">{t.reports.files}</th>
            </tr>
          </thead>
          <tbody>
            {[...reports]
              .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''))
              .map((report) => (
                <tr key={report.id}>
                  <th scope="row" className="weight-normal">
                    {period(report)}
                  </th>
                  <td>{report.createdAt ? formatDateTime(report.createdAt, language) : '–'}</td>
                  <td>{report.finishedAt ? formatDateTime(report.finishedAt, language) : '–'}</td>
                  <td>{t.reports.statuses[report.status] ?? report.status}</td>
                  <td>
                    {report.status === 'done' && (
                      <div className="button-row">
                        {FORMATS.map((format) => (
                          <button
                            key={format}
                            type="button"
                            className="function-link"
                            onClick={() => void download(report, format)}
                          >
                            <ActionText text={format.toUpperCase()} context={period(report)} />
                          </button>
                        ))}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
