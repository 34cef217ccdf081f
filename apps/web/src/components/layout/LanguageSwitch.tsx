import { useLanguage } from '../../i18n/language';

/** Switches between Danish and English; the button is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t, setLanguage } = useLanguage();
  const target = t.app.switchLanguageLang;
  return (
    <button
      type="button"
      className="button button-tertiary language-switch"
      lang={target}
      onClick={() => setLanguage(target)}
    >
      {t.app.switchLanguage}
    </button>
  );
}
