import { useEffect, useState, type FormEvent } from 'react';
import { toApiError } from '../../api/client';
import { authApi } from '../../api/endpoints';
import { Alert } from '../../components/Alert';
import { ProblemAlert } from '../../components/errors';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { useLanguage } from '../../i18n/language';
import { Link, navigate, useRoute } from '../../routing/router';

const MIN_LENGTH = 10;

/**
 * Sets a password from an invitation or reset link (`#/adgangskode?token=…`). The token is taken out
 * of the address bar and the history at once; it works only once anyway.
 */
export function SetPasswordPage() {
  const { t } = useLanguage();
  const fromLink = useRoute().query.get('token');
  const [token] = useState(fromLink);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (fromLink) window.history.replaceState(null, '', `${window.location.pathname}#/adgangskode`);
  }, [fromLink]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { password?: string; repeat?: string } = {};
    if (password.length < MIN_LENGTH) found.password = t.signIn.passwordTooShort;
    else if (password !== repeat) found.repeat = t.signIn.passwordsDiffer;
    setErrors(found);
    setError(null);
    if (found.password || found.repeat) {
      document.getElementById(found.password ? 'field-password' : 'field-repeat')?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await authApi.setPassword(token ?? '', password);
      navigate('/log-ind?adgangskode=sat', { replace: true });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  const linkBroken =
    !token ||
    (error !== null && toApiError(error).fieldErrors.some((fieldError) => fieldError.field === 'token'));
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading>{t.signIn.setTitle}</PageHeading>
        {linkBroken ? (
          <>
            <Alert variant="error" focus={error !== null}>
              {token ? t.signIn.linkInvalid : t.signIn.linkMissing}
            </Alert>
            <p>
              <Link to="/glemt-adgangskode">{t.signIn.requestNewLink}</Link>
            </p>
          </>
        ) : (
          <>
            {error !== null && (
              <ProblemAlert error={error} fieldLabels={{ password: t.signIn.newPassword }} />
            )}
            <p className="font-lead">{t.signIn.setIntro}</p>
            <form onSubmit={onSubmit} noValidate>
              <TextField
                name="password"
                type="password"
                autoComplete="new-password"
                label={t.signIn.newPassword}
                hint={t.signIn.newPasswordHint}
                value={password}
                onValueChange={setPassword}
                error={errors.password}
                required
              />
              <TextField
                name="repeat"
                type="password"
                autoComplete="new-password"
                label={t.signIn.repeatPassword}
                value={repeat}
                onValueChange={setRepeat}
                error={errors.repeat}
                required
              />
              <button type="submit" className="button button-primary" disabled={submitting}>
                {submitting ? t.signIn.saving : t.signIn.setSubmit}
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
