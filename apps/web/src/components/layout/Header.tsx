import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';
import { useSession } from '../../session/session';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';

export function Header() {
  const { t } = useLanguage();
  const { user, signOut } = useSession();
  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <span className="portal-name">{t.app.authority}</span>
          <div className="portal-actions">
            {user && (
              <p className="user">
                <span className="sr-only">{t.app.signedInAs} </span>
                <strong>{user.name}</strong>
                <br />
                <span className="weight-normal">{t.roles[user.role]}</span>
              </p>
            )}
            <LanguageSwitch />
            {user && (
              <button type="button" className="button button-secondary" onClick={() => signOut('signedOut')}>
                {t.app.signOut}
              </button>
            )}
          </div>
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to="/">{t.app.name}</Link>
          </div>
        </div>
      </div>
      {user && <MainNav role={user.role} />}
    </header>
  );
}
