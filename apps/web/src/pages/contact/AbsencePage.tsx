import { useState } from 'react';
import { slotApi } from '../../api/endpoints';
import type { Absence, AbsencePreview, AbsenceResult } from '../../api/types';
import { Alert } from '../../components/Alert';
import { ProblemAlert } from '../../components/errors';
import { SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { useTextScreening } from '../../components/useTextScreening';
import { formatDateTime, formatLongDate, formatTime, todayInCopenhagen } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

/**
 * A contact's absence in two steps: the period (and reason), then the sessions it touches — who
 * booked them and whether each moves to a deputy or is cancelled — before anything is changed.
 * Once registered, the absence can be undone until its messages go out.
 */
export function AbsencePage() {
  const { t } = useLanguage();
  const absences = useLoader(() => slotApi.listAbsences(), []);
  const [result, setResult] = useState<AbsenceResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t.absence.title}</PageHeading>
      <p className="font-lead">{t.absence.intro}</p>
      {notice && (
        <Alert variant="success" focus key={notice}>
          {notice}
        </Alert>
      )}
      <AbsenceForm
        result={result}
        onRegistered={(registered) => {
          setNotice(null);
          setResult(registered);
          absences.reload();
        }}
      />
      <section aria-labelledby="absence-list-heading" className="mt-8">
        <h2 id="absence-list-heading">{t.absence.listHeading}</h2>
        <LoadState loader={absences}>
          {(list) => (
            <AbsenceList
              absences={list}
              onUndone={() => {
                setResult(null);
                setNotice(t.absence.undone);
                absences.reload();
              }}
            />
          )}
        </LoadState>
      </section>
    </>
  );
}

function AbsenceForm({
  result,
  onRegistered,
}: {
  result: AbsenceResult | null;
  onRegistered: (result: AbsenceResult) => void;
}) {
  const { t, language } = useLanguage();
  const [from, setFrom] = useState(todayInCopenhagen());
  const [to, setTo] = useState(todayInCopenhagen());
  const reasonField = useTextScreening('reason');
  const [deputyContactId, setDeputyContactId] = useState('');
  const [preview, setPreview] = useState<AbsencePreview | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const labels = {
    from: t.absence.from,
    to: t.absence.to,
    reason: t.absence.reason,
    deputyContactId: t.absence.deputy,
  };

  const previewForm = useForm({
    labels,
    validate: () => ({
      from: from ? undefined : t.absence.dateMissing,
      to: !to ? t.absence.dateMissing : from && to < from ? t.absence.toBeforeFrom : undefined,
    }),
    submit: async () => {
      setPreview(await slotApi.previewAbsence({ from, to, deputyContactId: deputyContactId || undefined }));
      focusAfterRender('absence-preview-heading');
    },
  });

  const registerForm = useForm({
    labels,
    submit: async () => {
      const registered = await slotApi.registerAbsence({
        from,
        to,
        reason: reasonField.text.trim() || undefined,
        deputyContactId: deputyContactId || undefined,
      });
      reasonField.reset();
      setPreview(null);
      onRegistered(registered);
    },
    // A refused reason goes back to the form, where the findings panel opens at the field.
    takeError: (caught) => {
      const taken = reasonField.takeRefusal(caught, 'reason', reasonField.text.trim());
      if (taken) setPreview(null);
      return taken;
    },
  });

  const changeDeputy = async (deputy: string) => {
    setDeputyContactId(deputy);
    setPreview(await slotApi.previewAbsence({ from, to, deputyContactId: deputy || undefined }));
  };

  if (preview) {
    return (
      <section aria-labelledby="absence-preview-heading">
        <h2 id="absence-preview-heading" tabIndex={-1}>
          {t.absence.previewHeading}
        </h2>
        <FormProblem form={registerForm} />
        <p>
          {t.absence.period(
            formatLongDate(`${from}T12:00:00Z`, language),
            formatLongDate(`${to}T12:00:00Z`, language),
          )}
        </p>
        <SelectField
          name="deputyContactId"
          label={t.absence.deputy}
          value={deputyContactId}
          onValueChange={(value) => void changeDeputy(value)}
          placeholder={t.absence.noDeputy}
          options={preview.deputies.map((deputy) => ({ value: deputy.id, label: deputy.name }))}
          optional
        />
        {preview.sessions.length === 0 ? (
          <p>{t.absence.previewNone}</p>
        ) : (
          <div
            className="table--responsive-scroll"
            role="region"
            aria-labelledby="absence-preview-caption"
            tabIndex={0}
          >
            <table className="table table--zebra" data-testid="absence-preview">
              <caption id="absence-preview-caption">
                {t.absence.previewIntro(preview.sessions.length)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.absence.time}</th>
                  <th scope="col">{t.absence.municipalities}</th>
                  <th scope="col">{t.absence.bookedBy}</th>
                  <th scope="col">{t.absence.outcome}</th>
                </tr>
              </thead>
              <tbody>
                {preview.sessions.map((session) => (
                  <tr key={session.slotId}>
                    <th scope="row">{formatDateTime(session.startsAt, language)}</th>
                    <td>{session.municipalities.map((m) => m.name).join(', ')}</td>
                    <td>
                      {session.bookings.length === 0
                        ? t.absence.notBooked
                        : session.bookings.map((b) => `${b.bookedBy} (${b.municipality})`).join(', ')}
                    </td>
                    <td>
                      {session.outcome === 'moved' && session.deputy
                        ? t.absence.movesTo(session.deputy.name)
                        : t.absence.cancelled}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void registerForm.onSubmit()}
            disabled={registerForm.submitting}
          >
            {registerForm.submitting ? t.absence.submitting : t.absence.confirm}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setPreview(null);
              focusAfterRender('field-from');
            }}
          >
            {t.absence.backToForm}
          </button>
        </div>
      </section>
    );
  }

  return (
    <>
      {result && (
        <Alert variant="success" focus>
          <p>{t.absence.done(result.slotsMoved, result.slotsCancelled)}</p>
          <p>{t.absence.undoHint(formatTime(result.undoableUntil, language))}</p>
        </Alert>
      )}
      <FormProblem form={previewForm} />
      <form onSubmit={previewForm.onSubmit} noValidate>
        <TextField
          name="from"
          type="date"
          label={t.absence.from}
          value={from}
          onValueChange={setFrom}
          error={previewForm.errors.from}
          widthClass="input-width-s"
        />
        <TextField
          name="to"
          type="date"
          label={t.absence.to}
          value={to}
          onValueChange={setTo}
          error={previewForm.errors.to}
          widthClass="input-width-s"
        />
        <ScreenedTextArea
          screening={reasonField}
          label={t.absence.reason}
          hint={t.absence.reasonHint}
          rows={2}
          optional
        />
        <button type="submit" className="button button-primary" disabled={previewForm.submitting}>
          {t.absence.previewSubmit}
        </button>
      </form>
    </>
  );
}

function AbsenceList({ absences, onUndone }: { absences: Absence[]; onUndone: () => void }) {
  const { t, language } = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (absences.length === 0) return <p className="empty-state">{t.absence.listEmpty}</p>;

  const undo = async (id: string) => {
    setBusy(id);
    setError(null);
    try {
      await slotApi.undoAbsence(id);
      onUndone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {error !== null && <ProblemAlert error={error} />}
      <ul className="unstyled-list series-list" data-testid="absence-list">
        {absences.map((absence) => {
          const period = t.absence.period(
            formatLongDate(`${absence.from}T12:00:00Z`, language),
            formatLongDate(`${absence.to}T12:00:00Z`, language),
          );
          return (
            <li key={absence.id} className="series-item">
              <p className="mb-2">
                <strong>{period}</strong>
                {absence.undoneAt && <span className="badge ml-3">{t.absence.undoneLabel}</span>}
              </p>
              <p className="small-text mb-3">
                {absence.contact.name} · {t.absence.summary(absence.slotsMoved, absence.slotsCancelled)}
                {absence.deputy && ` · ${t.absence.deputy}: ${absence.deputy.name}`}
                {absence.reason && ` · ${absence.reason}`}
              </p>
              {absence.undoableUntil && (
                <>
                  <p className="small-text">
                    {t.absence.undoHint(formatTime(absence.undoableUntil, language))}
                  </p>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy === absence.id}
                    onClick={() => void undo(absence.id)}
                  >
                    {t.absence.undo}
                    <span className="sr-only">: {period}</span>
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
