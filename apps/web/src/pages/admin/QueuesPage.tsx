import { PageHeading } from '../../components/PageHeading';
import { useLanguage } from '../../i18n/language';

/** The queue dashboard is served by the API itself, outside this app. */
export function QueuesPage() {
  const { t } = useLanguage();
  return (
    <>
      <PageHeading>{t.nav.queues}</PageHeading>
      <p className="font-lead">{t.queues.text}</p>
      <p>
        <a href="/admin/queues" className="button button-primary">
          {t.queues.link}
        </a>
      </p>
    </>
  );
}
