import { useLanguage } from '../i18n/language';
import { Alert } from './Alert';

/** The agreement requires this where people book: acute cases and child-protection reports go elsewhere. */
export function AcuteNotice() {
  const { t } = useLanguage();
  return (
    <Alert variant="warning" heading={t.acute.heading} announce={false} id="acute-notice">
      <p>{t.acute.text}</p>
    </Alert>
  );
}
