import { useEffect, useState } from 'react';
import { toApiError } from '../../api/client';
import { authApi } from '../../api/endpoints';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { FormProblem, useForm } from '../../components/useForm';
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

  useEffect(() => {
    if (fromLink) window.history.replaceState(null, '', `${window.location.pathname}#/adgangskode`);
  }, [fromLink]);

  const form = useForm({
    labels: { password: t.signIn.newPassword, repeat: t.signIn.repeatPassword },
    validate: () => {
      if (password.length < MIN_LENGTH) return { password: t.signIn.passwordTooShort };
      return { repeat: password === repeat ? undefined : t.signIn.passwordsDiffer };
    },
    submit: async () => {
      await authApi.setPassword(token ?? '', password);
      navigate('/log-ind?adgangskode=sat', { replace: true });
    },
  });

  const linkBroken =
    !token ||
    (form.problem !== null &&
      toApiError(form.problem).fieldErrors.some((fieldError) => fieldError.field === 'token'));
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading>{t.signIn.setTitle}</PageHeading>
        {linkBroken ? (
          <>
            <Alert variant="error" focus={form.problem !== null}>
              {token ? t.signIn.linkInvalid : t.signIn.linkMissing}
            </Alert>
            <p>
              <Link to="/glemt-adgangskode">{t.signIn.requestNewLink}</Link>
            </p>
          </>
        ) : (
          <>
            <FormProblem form={form} />
            <p className="font-lead">{t.signIn.setIntro}</p>
            <form onSubmit={form.onSubmit} noValidate>
              <TextField
                name="password"
                type="password"
                autoComplete="new-password"
                label={t.signIn.newPassword}
                hint={t.signIn.newPasswordHint}
                value={password}
                onValueChange={setPassword}
                error={form.errors.password}
                required
              />
              <TextField
                name="repeat"
                type="password"
                autoComplete="new-password"
                label={t.signIn.repeatPassword}
                value={repeat}
                onValueChange={setRepeat}
                error={form.errors.repeat}
                required
              />
              <button type="submit" className="button button-primary" disabled={form.submitting}>
                {form.submitting ? t.signIn.saving : t.signIn.setSubmit}
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
