import { useEffect, useState } from 'react';
import { openQueueDashboardSession } from '../../api/client';
import { ProblemAlert } from '../../components/errors';
import { PageHeading } from '../../components/PageHeading';
import { useLanguage } from '../../i18n/language';

const QUEUE_DASHBOARD = '/admin/queues';
/** The dashboard cookie lives 15 minutes; renew it a little before, when the link is used. */
const RENEW_AFTER_MS = 10 * 60 * 1000;

/**
 * The queue dashboard is served by the API itself, outside this app, and cannot read this tab's
 * sign-in. The page therefore asks the API for the dashboard's own short-lived cookie first, so the
 * link opens signed in — in this tab or a new one.
 */
export function QueuesPage() {
  const { t } = useLanguage();
  const [issuedAt, setIssuedAt] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  const issue = async (): Promise<boolean> => {
    setError(null);
    try {
      await openQueueDashboardSession();
      setIssuedAt(Date.now());
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    }
  };

  useEffect(() => {
    void issue();
  }, []);

  const ready = issuedAt !== null;
  return (
    <>
      <PageHeading>{t.nav.queues}</PageHeading>
      <p className="font-lead">{t.queues.text}</p>
      {error !== null && <ProblemAlert error={error} onRetry={() => void issue()} />}
      <p>
        <a
          href={QUEUE_DASHBOARD}
          target="_blank"
          rel="noopener"
          className="button button-primary"
          aria-disabled={ready ? undefined : true}
          onClick={(event) => {
            if (ready && Date.now() - issuedAt < RENEW_AFTER_MS) return;
            // Not (or no longer) signed in to the dashboard: get a fresh cookie, then open it.
            event.preventDefault();
            void issue().then((ok) => {
              if (ok) window.open(QUEUE_DASHBOARD, '_blank', 'noopener');
            });
          }}
        >
          {t.queues.link}
          <span className="sr-only"> {t.queues.newTab}</span>
        </a>
      </p>
      <p className="form-hint">{ready ? t.queues.ready : t.queues.preparing}</p>
    </>
  );
}
