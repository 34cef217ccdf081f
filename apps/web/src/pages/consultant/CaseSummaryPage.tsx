import { useState, type FormEvent } from 'react';
import { toApiError } from '../../api/client';
import { bookingApi, caseSummaryApi } from '../../api/endpoints';
import { isInText, type Booking, type CaseSummary, type Finding, type Screening } from '../../api/types';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { FileField } from '../../components/fields';
import { FindingsList } from '../../components/FindingsList';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useLoader } from '../../components/useLoader';
import { useTextScreening } from '../../components/useTextScreening';
import { formatDateTime, isPast } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';
import { CaseSummaryContent } from '../booking/CaseSummaryView';
import { ScreeningRows, toScreenings, validateScreenings, type ScreeningRow } from './ScreeningRows';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPTED_FILES =
  '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

interface PageData {
  booking: Booking;
  summary: CaseSummary | null;
}

export function CaseSummaryPage({ bookingId }: { bookingId: string }) {
  const { t } = useLanguage();
  const loader = useLoader<PageData>(
    async (signal) => {
      const booking = await bookingApi.get(bookingId, signal);
      let summary: CaseSummary | null = null;
      if (booking.caseSummary.submitted) {
        try {
          summary = await caseSummaryApi.get(bookingId, signal);
        } catch (error) {
          if (toApiError(error).code !== 'NOT_FOUND') throw error;
        }
      }
      return { booking, summary };
    },
    [bookingId],
  );

  return (
    <>
      <PageHeading>{t.caseSummary.title}</PageHeading>
      <LoadState loader={loader}>
        {(data) => (
          <CaseSummaryEditor
            data={data}
            onSaved={(summary) => loader.setData((current) => ({ ...current, summary }))}
          />
        )}
      </LoadState>
    </>
  );
}

type Result = { kind: 'checked-ok' } | { kind: 'submitted'; at: string } | { kind: 'removed' } | null;

function CaseSummaryEditor({
  data,
  onSaved,
}: {
  data: PageData;
  onSaved: (summary: CaseSummary | null) => void;
}) {
  const { t, language } = useLanguage();
  const { booking, summary } = data;
  // The typed text keeps its findings panel while the user edits it (useTextScreening).
  const textField = useTextScreening('caseText', summary?.text ?? '');
  const text = textField.text;
  const [file, setFile] = useState<File | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  // A re-submission without a new file keeps the attached one unless the user removes it here.
  const [removeFile, setRemoveFile] = useState(false);
  const [rows, setRows] = useState<ScreeningRow[]>(() =>
    summary?.screenings.length
      ? summary.screenings.map((s) => ({
          instrument: s.instrument,
          informant: s.informant ?? '',
          score: String(s.score),
          date: s.date ?? '',
        }))
      : [],
  );
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>(null);
  // Findings in the uploaded file or the screening results cannot be marked in the text field.
  const [otherFindings, setOtherFindings] = useState<Finding[]>([]);
  const [result, setResult] = useState<Result>(null);
  const [busy, setBusy] = useState<'check' | 'submit' | 'remove' | null>(null);

  const when = formatDateTime(booking.slot.startsAt, language);
  const due = formatDateTime(booking.caseSummary.dueAt, language);

  if (booking.status !== 'booked') {
    return (
      <>
        <Alert variant="warning">{t.caseSummary.notBooked}</Alert>
        {summary && <CaseSummaryContent summary={summary} />}
        <BackLink bookingId={booking.id} />
      </>
    );
  }

  const check = async () => {
    setError(null);
    setResult(null);
    setOtherFindings([]);
    if (!text.trim()) {
      setErrors({ caseText: t.caseSummary.nothingToSend });
      document.getElementById('field-caseText')?.focus();
      return;
    }
    setBusy('check');
    try {
      const checked = await caseSummaryApi.check(text);
      setErrors({});
      if (checked.anonymous || checked.findings.length === 0) {
        textField.reset();
        setResult({ kind: 'checked-ok' });
      } else {
        textField.show(checked.findings, text);
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    const found: Record<string, string | undefined> = { ...validateScreenings(rows, t) };
    const keepsFile = Boolean(summary?.fileName) && !removeFile;
    if (!text.trim() && !file && !keepsFile) found.caseText = t.caseSummary.nothingToSend;
    if (file && file.size > MAX_FILE_BYTES) found.file = t.caseSummary.fileTooLarge;
    setErrors(found);
    const firstError = Object.keys(found).find((key) => found[key]);
    if (firstError) {
      document.getElementById(`field-${firstError}`)?.focus();
      return;
    }
    setBusy('submit');
    try {
      const screenings: Screening[] = toScreenings(rows);
      const saved = file
        ? await caseSummaryApi.submitFile(booking.id, file, text, screenings)
        : await caseSummaryApi.submitText(booking.id, text, screenings, removeFile);
      textField.reset();
      setOtherFindings([]);
      setFile(null);
      setRemoveFile(false);
      setFileInputKey((key) => key + 1);
      onSaved(saved);
      setResult({ kind: 'submitted', at: saved.submittedAt });
    } catch (caught) {
      const apiError = toApiError(caught);
      if (apiError.code === 'NOT_ANONYMOUS' && apiError.findings.length > 0) {
        // Findings in the typed text are marked in place by the panel; those in the file or the
        // screening results are listed with where they are.
        const inText = apiError.findings.filter(isInText);
        if (inText.length > 0) textField.show(inText, text);
        setOtherFindings(apiError.findings.filter((f) => !isInText(f)));
        setErrors({});
        if (inText.length > 0 && inText.length === apiError.findings.length) {
          setBusy(null);
          return;
        }
      } else {
        const fieldErrors = serverFieldErrors(caught);
        if (apiError.code === 'PAYLOAD_TOO_LARGE' || apiError.code === 'UNSUPPORTED_MEDIA_TYPE')
          fieldErrors.file = t.errors.codes[apiError.code];
        if (fieldErrors.text) fieldErrors.caseText = fieldErrors.text;
        setErrors(fieldErrors);
      }
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setError(null);
    setBusy('remove');
    try {
      await caseSummaryApi.remove(booking.id);
      onSaved(null);
      setResult({ kind: 'removed' });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <p className="font-lead">{t.caseSummary.intro}</p>
      <p>
        <strong>{t.caseSummary.forSession(when)}</strong>
      </p>
      {isPast(booking.caseSummary.dueAt) && !summary ? (
        <Alert variant="warning" announce={false}>
          {t.caseSummary.overdue(due)}
        </Alert>
      ) : (
        <Alert variant="info" announce={false}>
          {t.caseSummary.due(due)}
        </Alert>
      )}

      {result?.kind === 'submitted' && (
        <Alert variant="success" focus>
          {t.caseSummary.submitted(formatDateTime(result.at, language))}
        </Alert>
      )}
      {result?.kind === 'removed' && (
        <Alert variant="success" focus>
          {t.caseSummary.removed}
        </Alert>
      )}
      {result?.kind === 'checked-ok' && (
        <Alert variant="success" focus>
          {t.caseSummary.checkOk}
        </Alert>
      )}
      {error !== null && (
        <ProblemAlert
          error={error}
          hideFindings
          focus={!textField.active}
          fieldLabels={{
            text: t.caseSummary.text,
            file: t.caseSummary.file,
            screenings: t.caseSummary.screenings,
          }}
        >
          {otherFindings.length > 0 && <FindingsList findings={otherFindings} />}
        </ProblemAlert>
      )}

      {summary && (
        <section aria-labelledby="current-summary-heading" className="mt-6">
          <h2 id="current-summary-heading">{t.caseSummary.current}</h2>
          <CaseSummaryContent summary={summary} />
          <button
            type="button"
            className="button button-secondary mt-4"
            onClick={() => void remove()}
            disabled={busy !== null}
          >
            {t.caseSummary.remove}
          </button>
        </section>
      )}

      <form onSubmit={submit} noValidate className="mt-7">
        <Alert variant="info" announce={false}>
          {t.caseSummary.anonymityRule}
        </Alert>
        <ScreenedTextArea
          screening={textField}
          label={t.caseSummary.text}
          hint={t.caseSummary.textHint}
          error={errors.caseText}
          rows={10}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void check()}
          disabled={busy !== null}
        >
          {busy === 'check' ? t.caseSummary.checking : t.caseSummary.check}
        </button>

        {summary?.fileName && !file && (
          <div className="kept-file mt-5" data-testid="kept-file">
            {removeFile ? (
              <p>
                {t.caseSummary.fileWillBeRemoved(summary.fileName)}{' '}
                <button type="button" className="button button-tertiary" onClick={() => setRemoveFile(false)}>
                  {t.caseSummary.undoRemoveFile}
                </button>
              </p>
            ) : (
              <p>
                {t.caseSummary.fileKept(summary.fileName)}{' '}
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setRemoveFile(true)}
                  aria-label={t.caseSummary.removeFileLabel(summary.fileName)}
                >
                  {t.caseSummary.removeFile}
                </button>
              </p>
            )}
          </div>
        )}
        <FileField
          name="file"
          label={t.caseSummary.file}
          hint={t.caseSummary.fileHint}
          accept={ACCEPTED_FILES}
          onFileChange={(chosen) => {
            setFile(chosen);
            if (chosen) setRemoveFile(false);
          }}
          error={errors.file}
          inputKey={fileInputKey}
          optional
        />
        <ScreeningRows rows={rows} onRowsChange={setRows} errors={errors} />
        <button type="submit" className="button button-primary mt-5" disabled={busy !== null}>
          {busy === 'submit' ? t.caseSummary.submitting : t.caseSummary.submit}
        </button>
      </form>
      <BackLink bookingId={booking.id} />
    </>
  );
}

function BackLink({ bookingId }: { bookingId: string }) {
  const { t } = useLanguage();
  return (
    <p className="mt-7">
      <Link to={`/bookinger/${bookingId}`} className="back-link">
        {t.caseSummary.back}
      </Link>
    </p>
  );
}
