import { useLanguage } from '../i18n/language';
import { Alert } from './Alert';
import { usePublicConfig } from './usePublicConfig';

/**
 * The agreement requires this where people book: acute cases and child-protection reports go elsewhere.
 * The acute service's number is the platform's setting (`ACUTE_PHONE`), so each region shows its own.
 */
export function AcuteNotice() {
  const { t } = useLanguage();
  const phone = usePublicConfig()?.acutePhone ?? null;
  return (
    <Alert variant="warning" heading={t.acute.heading} announce={false} id="acute-notice">
      <p>{t.acute.text}</p>
      {phone && (
        <p>
          {t.acute.phone}{' '}
          <a href={`tel:${phone.replace(/\s+/g, '')}`} className="weight-semibold">
            {phone}
          </a>
        </p>
      )}
    </Alert>
  );
}
