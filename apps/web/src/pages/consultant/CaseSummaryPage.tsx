import { useState } from 'react';
import { toApiError } from '../../api/client';
import { bookingApi, caseSummaryApi } from '../../api/endpoints';
import { isInText, type Booking, type CaseSummary, type Finding, type Screening } from '../../api/types';
import { Alert } from '../../components/Alert';
import { clearDraft, draftKey, readDraft, useDraftSaving } from '../../components/drafts';
import { ProblemAlert } from '../../components/errors';
import { FileField } from '../../components/fields';
import { FindingsList } from '../../components/FindingsList';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { useTextScreening } from '../../components/useTextScreening';
import { formatDateTime, isPast } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';
import { useUser } from '../../session/session';
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
  const user = useUser();
  const loader = useLoader<PageData>(
    async (signal) => {
      const booking = await bookingApi.get(bookingId, signal);
      let summary: CaseSummary | null = null;
      // Only the booking's consultant may read it: a colleague's request would only be refused.
      if (booking.caseSummary.submitted && booking.consultant.id === user.id) {
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
        {(data) =>
          data.booking.consultant.id !== user.id ? (
            <>
              <Alert variant="info">{t.caseSummary.notYours}</Alert>
              <BackLink bookingId={data.booking.id} />
            </>
          ) : (
            <CaseSummaryEditor
              data={data}
              onSaved={(summary) => loader.setData((current) => ({ ...current, summary }))}
            />
          )
        }
      </LoadState>
    </>
  );
}

type Result = { kind: 'checked-ok' } | { kind: 'submitted'; at: string } | { kind: 'removed' } | null;

/** Codes a refused upload answers with: shown at the file field, where the user fixes them. */
const FILE_CODES = ['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE'] as const;

function CaseSummaryEditor({
  data,
  onSaved,
}: {
  data: PageData;
  onSaved: (summary: CaseSummary | null) => void;
}) {
  const { t, language } = useLanguage();
  const user = useUser();
  const { booking, summary } = data;
  const key = draftKey(user.id, 'case-summary', booking.id);
  // A draft of this tab (a reload, an expired session) wins over the last sent text.
  const [draft] = useState(() => readDraft<{ text: string }>(key));
  // The typed text keeps its findings panel while the user edits it (useTextScreening).
  const textField = useTextScreening('caseText', draft?.text ?? summary?.text ?? '');
  const text = textField.text;
  useDraftSaving(key, { text }, text.trim() !== (summary?.text ?? '').trim());
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
  // Findings in the uploaded file or the screening results cannot be marked in the text field.
  const [otherFindings, setOtherFindings] = useState<Finding[]>([]);
  const [result, setResult] = useState<Result>(null);
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const focusAfterRender = useFocusAfterRender();

  const labels = {
    caseText: t.caseSummary.text,
    text: t.caseSummary.text,
    file: t.caseSummary.file,
    screenings: t.caseSummary.screenings,
  };

  const form = useForm<string>({
    labels,
    validate: () => {
      const found: Record<string, string | undefined> = { ...validateScreenings(rows, t) };
      const keepsFile = Boolean(summary?.fileName) && !removeFile;
      if (!text.trim() && !file && !keepsFile) found.caseText = t.caseSummary.nothingToSend;
      if (file && file.size > MAX_FILE_BYTES) found.file = t.caseSummary.fileTooLarge;
      return found;
    },
    submit: async () => {
      setResult(null);
      setOtherFindings([]);
      const screenings: Screening[] = toScreenings(rows);
      const saved = file
        ? await caseSummaryApi.submitFile(booking.id, file, text, screenings)
        : await caseSummaryApi.submitText(booking.id, text, screenings, removeFile);
      clearDraft(key);
      textField.reset();
      setFile(null);
      setRemoveFile(false);
      setFileInputKey((n) => n + 1);
      onSaved(saved);
      setResult({ kind: 'submitted', at: saved.submittedAt });
    },
    takeError: (caught) => {
      const apiError = toApiError(caught);
      if (apiError.code !== 'NOT_ANONYMOUS' || apiError.findings.length === 0) return false;
      // Findings in the typed text are marked in place by the panel; those in the file or the
      // screening results are listed with where they are.
      const inText = apiError.findings.filter(isInText);
      if (inText.length > 0) textField.show(inText, text);
      setOtherFindings(apiError.findings.filter((f) => !isInText(f)));
      return inText.length > 0 && inText.length === apiError.findings.length;
    },
  });

  const removeForm = useForm<never>({
    labels: {},
    submit: async () => {
      await caseSummaryApi.remove(booking.id);
      setConfirmRemove(false);
      onSaved(null);
      setResult({ kind: 'removed' });
    },
  });

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
    setCheckError(null);
    setResult(null);
    setOtherFindings([]);
    if (!text.trim()) {
      form.showErrors({ caseText: t.caseSummary.nothingToSend });
      return;
    }
    setChecking(true);
    try {
      const checked = await caseSummaryApi.check(text);
      form.reset();
      if (checked.anonymous || checked.findings.length === 0) {
        textField.reset();
        setResult({ kind: 'checked-ok' });
      } else {
        textField.show(checked.findings, text);
      }
    } catch (caught) {
      setCheckError(caught);
    } finally {
      setChecking(false);
    }
  };

  const problemCode = form.problem === null ? null : toApiError(form.problem).code;
  const fileProblem = FILE_CODES.find((code) => code === problemCode);
  const busy = checking || form.submitting || removeForm.submitting;

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
      {checkError !== null && <ProblemAlert error={checkError} />}
      <FormProblem form={form} hideFindings />
      {otherFindings.length > 0 && <FindingsList findings={otherFindings} />}

      {summary && (
        <section aria-labelledby="current-summary-heading" className="mt-6">
          <h2 id="current-summary-heading">{t.caseSummary.current}</h2>
          <CaseSummaryContent summary={summary} />
          {confirmRemove ? (
            <div className="confirm-panel" role="group" aria-labelledby="remove-confirm-heading">
              <h3 id="remove-confirm-heading" className="mt-0" tabIndex={-1}>
                {t.caseSummary.removeConfirmHeading}
              </h3>
              <p>{t.caseSummary.removeConfirmText}</p>
              <FormProblem form={removeForm} />
              <form onSubmit={removeForm.onSubmit} noValidate>
                <div className="button-row">
                  <button type="submit" className="button button-warning" disabled={busy}>
                    {removeForm.submitting ? t.caseSummary.removing : t.caseSummary.removeConfirm}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={removeForm.submitting}
                    onClick={() => {
                      setConfirmRemove(false);
                      removeForm.reset();
                      focusAfterRender('remove-summary');
                    }}
                  >
                    {t.caseSummary.removeCancel}
                  </button>
                </div>
              </form>
            </div>
          ) : (
            <button
              type="button"
              id="remove-summary"
              className="button button-secondary mt-4"
              onClick={() => {
                setResult(null);
                setConfirmRemove(true);
                focusAfterRender('remove-confirm-heading');
              }}
              disabled={busy}
            >
              {t.caseSummary.remove}
            </button>
          )}
        </section>
      )}

      <form onSubmit={form.onSubmit} noValidate className="mt-7">
        <Alert variant="info" announce={false}>
          {t.caseSummary.anonymityRule}
        </Alert>
        <ScreenedTextArea
          screening={textField}
          label={t.caseSummary.text}
          hint={t.caseSummary.textHint}
          error={form.errors.caseText ?? form.errors.text}
          rows={10}
        />
        <p className="form-hint">{t.caseSummary.draftNote}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void check()}
          disabled={busy}
        >
          {checking ? t.caseSummary.checking : t.caseSummary.check}
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
          error={form.errors.file ?? (fileProblem ? t.errors.codes[fileProblem] : undefined)}
          inputKey={fileInputKey}
          optional
        />
        <ScreeningRows rows={rows} onRowsChange={setRows} errors={form.errors} />
        <button type="submit" className="button button-primary mt-5" disabled={busy}>
          {form.submitting ? t.caseSummary.submitting : t.caseSummary.submit}
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
