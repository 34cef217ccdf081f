import { useState } from 'react';
import { toApiError } from '../../api/client';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { FormProblem, useForm } from '../../components/useForm';
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
  const typed = () => (useRecovery ? recoveryCode.trim() : code.replace(/\s/g, ''));
  const form = useForm({
    labels: { code: t.signIn.code, recoveryCode: t.signIn.recoveryCode },
    validate: () =>
      useRecovery
        ? { recoveryCode: typed() ? undefined : t.signIn.recoveryMissing }
        : { code: /^\d{6}$/.test(typed()) ? undefined : t.signIn.codeMissing },
    submit: async () => {
      const user = await completeMfa(mfaToken, useRecovery ? { recoveryCode: typed() } : { code: typed() });
      afterSignIn(user, returnTo);
    },
  });

  const lockedUntil = form.problem !== null ? toApiError(form.problem).lockedUntil : null;
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading>{t.signIn.mfaTitle}</PageHeading>
        <FormProblem
          form={form}
          messages={{
            UNAUTHENTICATED: t.signIn.codeWrong,
            ...(lockedUntil ? { RATE_LIMITED: t.signIn.locked(formatDateTime(lockedUntil, language)) } : {}),
          }}
        />
        <p className="font-lead">{t.signIn.mfaIntro}</p>
        <form onSubmit={form.onSubmit} noValidate>
          {useRecovery ? (
            <TextField
              key="recovery"
              name="recoveryCode"
              label={t.signIn.recoveryCode}
              hint={t.signIn.recoveryHint}
              value={recoveryCode}
              onValueChange={setRecoveryCode}
              error={form.errors.recoveryCode}
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
              error={form.errors.code}
              inputMode="numeric"
              autoComplete="one-time-code"
              widthClass="input-width-xs"
              maxLength={7}
              required
            />
          )}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={form.submitting}>
              {form.submitting ? t.signIn.verifying : t.signIn.verify}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setUseRecovery((current) => !current);
                form.reset();
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
