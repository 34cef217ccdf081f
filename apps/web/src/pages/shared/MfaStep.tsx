import { useState, type FormEvent } from 'react';
import { toApiError } from '../../api/client';
import { ProblemAlert } from '../../components/errors';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { useSession } from '../../session/session';
import { afterSignIn } from './LoginPage';

/** The second sign-in step: a code from the authenticator app, or a single-use recovery code. */
export function MfaStep({
  mfaToken,
  returnTo,
  onStartOver,
}: {
  mfaToken: string;
  returnTo?: string;
  onStartOver: () => void;
}) {
  const { t, language } = useLanguage();
  const { completeMfa } = useSession();
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const typed = useRecovery ? recoveryCode.trim() : code.replace(/\s/g, '');
    const missing = useRecovery ? !typed : !/^\d{6}$/.test(typed);
    if (missing) {
      setFieldError(useRecovery ? t.signIn.recoveryMissing : t.signIn.codeMissing);
      document.getElementById(useRecovery ? 'field-recoveryCode' : 'field-code')?.focus();
      return;
    }
    setFieldError(undefined);
    setSubmitting(true);
    try {
      const user = await completeMfa(mfaToken, useRecovery ? { recoveryCode: typed } : { code: typed });
      afterSignIn(user, returnTo);
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  const problem = error !== null ? toApiError(error) : null;
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading>{t.signIn.mfaTitle}</PageHeading>
        {problem && (
          <ProblemAlert
            error={error}
            messages={{
              UNAUTHENTICATED: t.signIn.codeWrong,
              ...(problem.lockedUntil
                ? { RATE_LIMITED: t.signIn.locked(formatDateTime(problem.lockedUntil, language)) }
                : {}),
            }}
          />
        )}
        <p className="font-lead">{t.signIn.mfaIntro}</p>
        <form onSubmit={onSubmit} noValidate>
          {useRecovery ? (
            <TextField
              key="recovery"
              name="recoveryCode"
              label={t.signIn.recoveryCode}
              hint={t.signIn.recoveryHint}
              value={recoveryCode}
              onValueChange={setRecoveryCode}
              error={fieldError}
              autoComplete="off"
              spellCheck={false}
              required
            />
          ) : (
            <TextField
              key="code"
              name="code"
              label={t.signIn.code}
              hint={t.signIn.codeHint}
              value={code}
              onValueChange={setCode}
              error={fieldError}
              inputMode="numeric"
              autoComplete="one-time-code"
              widthClass="input-width-xs"
              maxLength={7}
              required
            />
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={submitting}>
              {submitting ? t.signIn.verifying : t.signIn.verify}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setUseRecovery((current) => !current);
                setFieldError(undefined);
              }}
            >
              {useRecovery ? t.signIn.useCode : t.signIn.useRecovery}
            </button>
          </div>
        </form>
        <p className="mt-5">
          <button type="button" className="button button-unstyled" onClick={onStartOver}>
            {t.signIn.startOver}
          </button>
        </p>
      </div>
    </div>
  );
}
