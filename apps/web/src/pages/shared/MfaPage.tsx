import { useState } from 'react';
import { authApi } from '../../api/endpoints';
import type { TotpEnrolment } from '../../api/types';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/fields';
import { homePath } from '../../components/layout/navigation';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { useLanguage } from '../../i18n/language';
import { navigate } from '../../routing/router';
import { useSession, useUser } from '../../session/session';

/** Two-step verification: its status, and enrolment of an authenticator app with recovery codes. */
export function MfaPage() {
  const { t } = useLanguage();
  const user = useUser();
  const status = useLoader(() => authApi.mfaStatus(), []);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <PageHeading>{t.signIn.enrolTitle}</PageHeading>
        {recoveryCodes ? (
          <RecoveryCodes codes={recoveryCodes} onDone={() => navigate(homePath(user.role))} />
        ) : (
          <LoadState loader={status}>
            {(current) =>
              current.enabled ? (
                <>
                  <Alert variant="success">{t.signIn.enabled}</Alert>
                  <p>{t.signIn.recoveryLeft(current.recoveryCodesLeft)}</p>
                </>
              ) : (
                <>
                  {user.mfaEnrolmentRequired && <Alert variant="warning">{t.signIn.enrolRequired}</Alert>}
                  <p className="font-lead">{t.signIn.enrolIntro}</p>
                  <Enrolment onEnabled={setRecoveryCodes} />
                </>
              )
            }
          </LoadState>
        )}
      </div>
    </div>
  );
}

function Enrolment({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t } = useLanguage();
  const { mfaEnrolled } = useSession();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  // Starting is a single button, but it shares the submit cycle: one request at a time, a refusal shown.
  const starting = useForm({
    labels: {},
    submit: async () => setEnrolment(await authApi.startTotp()),
  });
  const confirming = useForm({
    labels: { code: t.signIn.code },
    validate: () => ({ code: /^\d{6}$/.test(code.replace(/\s/g, '')) ? undefined : t.signIn.codeMissing }),
    submit: async () => {
      const result = await authApi.confirmTotp(code.replace(/\s/g, ''));
      mfaEnrolled();
      onEnabled(result.recoveryCodes);
    },
  });

  if (!enrolment) {
    return (
      <>
        <FormProblem form={starting} />
        <button
          type="button"
          className="button button-primary"
          onClick={() => void starting.onSubmit()}
          disabled={starting.submitting}
        >
          {t.signIn.start}
        </button>
      </>
    );
  }
  return (
    <>
      <FormProblem form={confirming} />
      <h2 className="h3">{t.signIn.scanStep}</h2>
      <img src={enrolment.qrCode} alt={t.signIn.qrAlt} width={240} height={240} className="mfa-qr" />
      <p>
        {t.signIn.manualKey} <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <h2 className="h3">{t.signIn.confirmStep}</h2>
      <form onSubmit={confirming.onSubmit} noValidate>
        <TextField
          name="code"
          label={t.signIn.code}
          hint={t.signIn.codeHint}
          value={code}
          onValueChange={setCode}
          error={confirming.errors.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          widthClass="input-width-xs"
          maxLength={7}
          required
        />
        <button type="submit" className="button button-primary" disabled={confirming.submitting}>
          {t.signIn.confirm}
        </button>
      </form>
    </>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useLanguage();
  return (
    <>
      <Alert variant="success" focus>
        {t.signIn.enabled}
      </Alert>
      <h2>{t.signIn.recoveryTitle}</h2>
      <p>{t.signIn.recoveryIntro}</p>
      <ul className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-primary" onClick={onDone}>
        {t.signIn.continue}
      </button>
    </>
  );
}
