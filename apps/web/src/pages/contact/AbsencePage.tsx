import { useState, type FormEvent } from 'react';
import { slotApi, userApi } from '../../api/endpoints';
import type { AbsenceResult, User } from '../../api/types';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { ScreenedTextArea } from '../../components/ScreenedTextArea';
import { useLoader } from '../../components/useLoader';
import { useTextScreening } from '../../components/useTextScreening';
import { todayInCopenhagen } from '../../format/dates';
import { focusFirstError } from '../../format/validation';
import { useLanguage } from '../../i18n/language';
import { useUser } from '../../session/session';

export function AbsencePage() {
  const { t } = useLanguage();
  const user = useUser();
  // Only admins may list users; a contact's absence goes to the municipalities' standing deputy.
  const mayChooseDeputy = user.role === 'admin';
  const deputies = useLoader(
    (_signal) =>
      mayChooseDeputy
        ? userApi
            .list({ role: 'contact' })
            .then((users) => users.filter((u) => u.id !== user.id && u.active !== false))
        : Promise.resolve([] as User[]),
    [user.id, mayChooseDeputy],
  );
  const [from, setFrom] = useState(todayInCopenhagen());
  const [to, setTo] = useState(todayInCopenhagen());
  const reasonField = useTextScreening('reason');
  const reason = reasonField.text;
  const [deputyContactId, setDeputyContactId] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<AbsenceResult | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const deputyList: User[] = deputies.result.state === 'ready' ? deputies.result.data : [];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    if (!from) found.from = t.absence.dateMissing;
    if (!to) found.to = t.absence.dateMissing;
    if (from && to && to < from) found.to = t.absence.toBeforeFrom;
    setErrors(found);
    setError(null);
    setResult(null);
    if (Object.values(found).some(Boolean)) {
      focusFirstError(['from', 'to'], found);
      return;
    }
    setSubmitting(true);
    const sent = reason.trim();
    try {
      setResult(
        await slotApi.registerAbsence({
          from,
          to,
          reason: sent || undefined,
          deputyContactId: deputyContactId || undefined,
        }),
      );
      reasonField.reset();
    } catch (caught) {
      // A refused reason opens the findings panel at the field; what the user wrote stays.
      if (!reasonField.takeRefusal(caught, 'reason', sent)) {
        setErrors(serverFieldErrors(caught));
        setError(caught);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      <PageHeading>{t.absence.title}</PageHeading>
      <p className="font-lead">{t.absence.intro}</p>
      {result && (
        <Alert variant="success" focus>
          {t.absence.done(result.slotsMoved, result.slotsCancelled)}
        </Alert>
      )}
      {error !== null && (
        <ProblemAlert
          error={error}
          fieldLabels={{
            from: t.absence.from,
            to: t.absence.to,
            reason: t.absence.reason,
            deputyContactId: t.absence.deputy,
          }}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          name="from"
          type="date"
          label={t.absence.from}
          value={from}
          onValueChange={setFrom}
          error={errors.from}
          widthClass="input-width-s"
        />
        <TextField
          name="to"
          type="date"
          label={t.absence.to}
          value={to}
          onValueChange={setTo}
          error={errors.to}
          widthClass="input-width-s"
        />
        <ScreenedTextArea
          screening={reasonField}
          label={t.absence.reason}
          hint={t.absence.reasonHint}
          rows={2}
          optional
          error={errors.reason}
        />
        {mayChooseDeputy ? (
          <SelectField
            name="deputyContactId"
            label={t.absence.deputy}
            hint={deputies.result.state === 'error' ? t.absence.deputiesUnavailable : undefined}
            value={deputyContactId}
            onValueChange={setDeputyContactId}
            placeholder={t.absence.noDeputy}
            options={deputyList.map((deputy) => ({ value: deputy.id, label: deputy.name }))}
            error={errors.deputyContactId}
            optional
          />
        ) : (
          <div className="form-group" data-testid="shared-deputy">
            <h2 className="h5">{t.absence.deputy}</h2>
            <p>{t.absence.sharedDeputy}</p>
            {errors.deputyContactId && <p className="form-error-message">{errors.deputyContactId}</p>}
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t.absence.submitting : t.absence.submit}
        </button>
      </form>
    </>
  );
}
