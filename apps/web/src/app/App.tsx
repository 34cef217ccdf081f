import { useEffect } from 'react';
import { Layout } from '../components/layout/Layout';
import { homePath } from '../components/layout/navigation';
import { Loading } from '../components/Loading';
import { LanguageProvider, useLanguage } from '../i18n/language';
import { AccessibilityStatementPage } from '../pages/shared/AccessibilityStatementPage';
import { ForgotPasswordPage } from '../pages/shared/ForgotPasswordPage';
import { LoginPage } from '../pages/shared/LoginPage';
import { MfaPage } from '../pages/shared/MfaPage';
import { SetPasswordPage } from '../pages/shared/SetPasswordPage';
import { ForbiddenPage, NotFoundPage } from '../pages/shared/MessagePage';
import { matchPath, navigate, useRoute, withQuery } from '../routing/router';
import { SessionProvider, useSession } from '../session/session';
import { SessionExpiryWarning } from '../session/SessionExpiryWarning';
import { ROUTES } from './routes';

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <Layout>
          <CurrentPage />
          <SessionExpiryWarning />
        </Layout>
      </SessionProvider>
    </LanguageProvider>
  );
}

function Redirect({ to }: { to: string }) {
  const { t } = useLanguage();
  useEffect(() => navigate(to, { replace: true }), [to]);
  return <p>{t.home.redirecting}</p>;
}

function CurrentPage() {
  const { path, query } = useRoute();
  const { user, restoring } = useSession();

  if (path === '/tilgaengelighed') return <AccessibilityStatementPage />;
  // Password links and "Glemt adgangskode" work signed in or not (a link may be opened anywhere).
  if (path === '/adgangskode') return <SetPasswordPage />;
  if (path === '/glemt-adgangskode') return <ForgotPasswordPage />;
  if (restoring) return <Loading />;

  if (path === '/log-ind') {
    const returnTo = query.get('til') ?? undefined;
    return user ? <Redirect to={returnTo ?? homePath(user.role)} /> : <LoginPage returnTo={returnTo} />;
  }
  if (path === '/') return <Redirect to={user ? homePath(user.role) : '/log-ind'} />;
  if (path === '/totrinsbekraeftelse') {
    return user ? <MfaPage /> : <Redirect to={withQuery('/log-ind', { til: path })} />;
  }
  // An admin without a second factor can do nothing else until it is set up.
  if (user?.mfaEnrolmentRequired) return <Redirect to="/totrinsbekraeftelse" />;

  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    // The whole address (week, step …) comes back after signing in.
    if (!user)
      return <Redirect to={withQuery('/log-ind', { til: withQuery(path, Object.fromEntries(query)) })} />;
    if (!route.roles.includes(user.role)) return <ForbiddenPage />;
    return <>{route.render(params)}</>;
  }
  return <NotFoundPage />;
}
