import { useState, type FormEvent } from 'react';
import { authApi } from '../../api/endpoints';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { isEmail } from '../../format/validation';
import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';

/** "Glemt adgangskode": the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useLanguage();
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!isEmail(email)) {
      setFieldError(t.users.emailInvalid);
      document.getElementById('field-email')?.focus();
      return;
    }
    setFieldError(undefined);
    setSubmitting(true);
    try {
      await authApi.forgotPassword(email.trim());
      setSent(true);
    } catch (caught) {
      setFieldError(serverFieldErrors(caught).email);
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <PageHeading>{t.signIn.forgotTitle}</PageHeading>
        {sent ? (
          <Alert variant="success" focus>
            {t.signIn.forgotSent}
          </Alert>
        ) : (
          <>
            {error !== null && <ProblemAlert error={error} fieldLabels={{ email: t.login.email }} />}
            <p className="font-lead">{t.signIn.forgotIntro}</p>
            <form onSubmit={onSubmit} noValidate>
              <TextField
                name="email"
                type="email"
                autoComplete="username"
                label={t.login.email}
                value={email}
                onValueChange={setEmail}
                error={fieldError}
                required
              />
              <button type="submit" className="button button-primary" disabled={submitting}>
                {t.signIn.forgotSubmit}
              </button>
            </form>
          </>
        )}
        <p className="mt-5">
          <Link to="/log-ind">{t.signIn.backToLogin}</Link>
        </p>
      </div>
    </div>
  );
}
