import type { Role } from '../../api/types';
import { useLanguage } from '../../i18n/language';
import { Link, useRoute } from '../../routing/router';
import { NAVIGATION } from './navigation';

export function MainNav({ role }: { role: Role }) {
  const { t } = useLanguage();
  const { path } = useRoute();
  return (
    <nav className="navigation-menu" aria-label={t.app.mainNav}>
      <div className="navigation-menu-inner container">
        <ul className="mainmenu">
          {NAVIGATION[role].map((item) => {
            const current = path === item.to || path.startsWith(`${item.to}/`);
            return (
              <li key={item.to} className={current ? 'active current' : undefined}>
                <Link to={item.to} className="nav-link" aria-current={current ? 'page' : undefined}>
                  <span>{item.label(t)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
