import { useState } from 'react';
import { authApi } from '../../api/endpoints';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { FormProblem, useForm } from '../../components/useForm';
import { isEmail } from '../../format/validation';
import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';

/** "Glemt adgangskode": the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useLanguage();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const form = useForm({
    labels: { email: t.login.email },
    validate: () => ({ email: isEmail(email) ? undefined : t.users.emailInvalid }),
    submit: async () => {
      await authApi.forgotPassword(email.trim());
      setSent(true);
    },
  });

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
            <FormProblem form={form} />
            <p className="font-lead">{t.signIn.forgotIntro}</p>
            <form onSubmit={form.onSubmit} noValidate>
              <TextField
                name="email"
                type="email"
                autoComplete="username"
                label={t.login.email}
                value={email}
                onValueChange={setEmail}
                error={form.errors.email}
                required
              />
              <button type="submit" className="button button-primary" disabled={form.submitting}>
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
