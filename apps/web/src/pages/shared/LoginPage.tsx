import { useEffect, useState } from 'react';
import { API_BASE, toApiError } from '../../api/client';
import { authApi } from '../../api/endpoints';
import type { AuthConfig, HomeRealm } from '../../api/types';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { FormProblem, useForm } from '../../components/useForm';
import { homePath } from '../../components/layout/navigation';
import { formatDateTime } from '../../format/dates';
import { useLanguage } from '../../i18n/language';
import { Link, navigate, useRoute } from '../../routing/router';
import { useSession } from '../../session/session';
import type { User } from '../../api/types';
import { MfaStep } from './MfaStep';

/** The page after signing in: enrolment first when the role requires a second factor not yet set up. */
export function afterSignIn(user: User, returnTo?: string): void {
  if (user.mfaEnrolmentRequired) navigate('/totrinsbekraeftelse', { replace: true });
  else navigate(returnTo && returnTo !== '/log-ind' ? returnTo : homePath(user.role), { replace: true });
}

export function LoginPage({ returnTo }: { returnTo?: string }) {
  const { t, language } = useLanguage();
  const { signIn, signOutReason } = useSession();
  const query = useRoute().query;
  const ssoFailed = query.get('sso') === 'fejl';
  const passwordSet = query.get('adgangskode') === 'sat';
  // Back from the identity provider's single logout.
  const ssoSignedOut = query.get('logget-ud') === '1';
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Until the API has answered, offer the password form alone (the usual case).
  const [config, setConfig] = useState<AuthConfig>({ sso: false, localLogin: true, discovery: false });
  // Home realm discovery: where the typed address signs in (answered by its domain only).
  const [realm, setRealm] = useState<{ email: string; answer: HomeRealm } | null>(null);

  useEffect(() => {
    let live = true;
    authApi
      .config()
      .then(
        (answer) =>
          live &&
          setConfig({
            sso: answer.sso === true,
            localLogin: answer.localLogin !== false,
            discovery: answer.discovery === true,
          }),
      )
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const discover = async (address: string) => {
    const trimmed = address.trim();
    if (!config.discovery || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(trimmed)) {
      setRealm(null);
      return;
    }
    if (realm?.email === trimmed) return;
    try {
      setRealm({ email: trimmed, answer: await authApi.discover(trimmed) });
    } catch {
      setRealm(null); // discovery is a help; the password form still works
    }
  };
  const realmProviders = realm?.answer.providers ?? [];
  const passwordsOff = realm?.answer.localLogin === false;

  // With passwords off (for the whole site or the typed address's organisation) the form only asks
  // where the address signs in.
  const passwordForm = config.localLogin && !passwordsOff;
  const form = useForm({
    labels: { email: t.login.email, password: t.login.password },
    validate: () =>
      passwordForm
        ? {
            email: email.trim() ? undefined : t.login.emailMissing,
            password: password ? undefined : t.login.passwordMissing,
          }
        : {},
    submit: async () => {
      await discover(email);
      if (!passwordForm) return;
      const step = await signIn(email.trim(), password);
      if (step.kind === 'mfa') {
        setPassword('');
        setMfaToken(step.mfaToken);
        return;
      }
      afterSignIn(step.user, returnTo);
    },
  });

  if (mfaToken) {
    return <MfaStep mfaToken={mfaToken} returnTo={returnTo} onStartOver={() => setMfaToken(null)} />;
  }

  const error = form.problem;
  const lockedUntil = error !== null ? toApiError(error).lockedUntil : null;

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading>{t.login.title}</PageHeading>
        {passwordSet && !error && <Alert variant="success">{t.signIn.passwordSet}</Alert>}
        {ssoFailed && !error && <Alert variant="error">{t.login.ssoFailed}</Alert>}
        {signOutReason === 'expired' && !error && <Alert variant="warning">{t.errors.sessionExpired}</Alert>}
        {(signOutReason === 'signedOut' || ssoSignedOut) && !error && (
          <Alert variant="success">{t.login.signedOut}</Alert>
        )}
        <FormProblem
          form={form}
          messages={{
            UNAUTHENTICATED: t.errors.loginFailed,
            ...(lockedUntil ? { RATE_LIMITED: t.signIn.locked(formatDateTime(lockedUntil, language)) } : {}),
          }}
        />
        {config.sso && (
          <div className="sso-login" data-testid="sso-login">
            <p>{config.localLogin ? t.login.ssoIntro : t.login.localDisabled}</p>
            <a className="button button-primary" href={`${API_BASE}/auth/oidc/login`}>
              {t.login.sso}
            </a>
          </div>
        )}
        {(config.localLogin || config.discovery) && (
          <>
            {config.sso ? <h2 className="h3">{t.login.or}</h2> : <p className="font-lead">{t.login.intro}</p>}
            <form onSubmit={form.onSubmit} noValidate>
              <TextField
                name="email"
                type="email"
                autoComplete="username"
                label={t.login.email}
                hint={config.discovery ? t.login.realmHint : undefined}
                value={email}
                onValueChange={setEmail}
                onBlur={() => void discover(email)}
                error={form.errors.email}
                required
              />
              {realmProviders.length > 0 && (
                <div className="sso-login" data-testid="home-realm" aria-live="polite">
                  <h2 className="h3">{t.login.realmTitle}</h2>
                  <p>{passwordsOff ? t.login.realmPasswordOff : t.login.realmIntro}</p>
                  {realmProviders.map((provider) => (
                    <p key={provider.id}>
                      <a className="button button-primary" href={provider.loginUrl}>
                        {t.login.realmSignIn(provider.name)}
                      </a>
                    </p>
                  ))}
                </div>
              )}
              {passwordForm && (
                <>
                  <TextField
                    name="password"
                    type="password"
                    autoComplete="current-password"
                    label={t.login.password}
                    value={password}
                    onValueChange={setPassword}
                    error={form.errors.password}
                    required
                  />
                  <button type="submit" className="button button-primary" disabled={form.submitting}>
                    {form.submitting ? t.login.submitting : t.login.submit}
                  </button>
                </>
              )}
            </form>
            {passwordForm && (
              <p className="mt-5">
                <Link to="/glemt-adgangskode">{t.signIn.forgotLink}</Link>
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
