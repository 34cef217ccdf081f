import { toApiError } from '../../api/client';
import { caseSummaryApi } from '../../api/endpoints';
import type { Booking, CaseSummary } from '../../api/types';
import { LoadState } from '../../components/LoadState';
import { useLoader } from '../../components/useLoader';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { ScreeningTable } from './ScreeningTable';

/** The case summary as the contact reads it (each read is audited by the API). */
export function CaseSummaryView({ booking }: { booking: Booking }) {
  const { t, language } = useLanguage();
  const submitted = booking.caseSummary.submitted;
  const loader = useLoader<CaseSummary | null>(
    async (signal) => {
      if (!submitted) return null;
      try {
        return await caseSummaryApi.get(booking.id, signal);
      } catch (error) {
        if (toApiError(error).code === 'NOT_FOUND') return null;
        throw error;
      }
    },
    [booking.id, submitted],
  );

  return (
    <section aria-labelledby="case-summary-heading" className="mt-7">
      <h2 id="case-summary-heading">{t.caseSummary.title}</h2>
      <LoadState loader={loader}>
        {(summary) =>
          summary ? (
            <CaseSummaryContent summary={summary} />
          ) : (
            <p>{t.caseSummary.notSubmittedForContact(formatDateTime(booking.caseSummary.dueAt, language))}</p>
          )
        }
      </LoadState>
    </section>
  );
}

export function CaseSummaryContent({ summary }: { summary: CaseSummary }) {
  const { t, language } = useLanguage();
  return (
    <div className="case-summary">
      <p className="small-text">{t.caseSummary.submitted(formatDateTime(summary.submittedAt, language))}</p>
      {summary.text && <div className="case-summary-text">{summary.text}</div>}
      {summary.fileName && (
        <p>
          {t.caseSummary.fileName}:{' '}
          <button
            type="button"
            className="function-link"
            onClick={() => void caseSummaryApi.downloadFile(summary.bookingId, summary.fileName!)}
          >
            {t.caseSummary.downloadFile(summary.fileName)}
          </button>
        </p>
      )}
      {summary.screenings.length > 0 && <ScreeningTable screenings={summary.screenings} />}
    </div>
  );
}
