import { useLanguage } from '../../i18n/language';

export const MAIN_ID = 'main-content';

/** First stop for keyboard users. Focuses main directly, because a '#main-content' hash would be read as a route. */
export function SkipLink() {
  const { t } = useLanguage();
  return (
    <a
      className="skipnav"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t.app.skipLink}
    </a>
  );
}
