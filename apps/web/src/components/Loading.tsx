import { useLanguage } from '../i18n/language';

export function Loading({ label }: { label?: string }) {
  const { t } = useLanguage();
  return (
    <div className="loading" role="status">
      <div className="spinner spinner-small" aria-hidden="true" />
      <span className="loading-text">{label ?? t.app.loading}</span>
    </div>
  );
}
