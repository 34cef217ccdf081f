import { useLanguage } from '../../i18n/language';
import { Link } from '../../routing/router';

export function Footer() {
  const { t } = useLanguage();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-6 footer-col">
              <h2 className="h5">{t.footer.heading}</h2>
              <p>{t.footer.about}</p>
            </div>
            <div className="col-12 col-md-6 footer-col">
              <ul className="footer-links unstyled-list">
                <li>
                  <Link to="/tilgaengelighed" className="function-link">
                    {t.footer.accessibility}
                  </Link>
                </li>
                <li>{t.footer.acute}</li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
