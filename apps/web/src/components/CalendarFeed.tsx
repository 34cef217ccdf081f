import { useState } from 'react';
import { calendarFeedApi } from '../api/endpoints';
import { useLanguage } from '../i18n/language';
import { Alert } from './Alert';
import { ProblemAlert } from './errors';
import { TextField } from './fields';

/**
 * The user's calendar subscription: a secret URL their own calendar program can subscribe to.
 * Making a new one ends the old one, so it is only made when asked for.
 */
export function CalendarFeed() {
  const { t } = useLanguage();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);

  const create = async () => {
    setBusy(true);
    setError(null);
    setCopied(null);
    try {
      setUrl((await calendarFeedApi.create()).url);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard access (e.g. locked-down browser): select the text so Ctrl+C works.
      const input = document.getElementById('field-calendarFeedUrl') as HTMLInputElement | null;
      input?.focus();
      input?.select();
      setCopied(false);
    }
  };

  return (
    <section aria-labelledby="calendar-feed-heading" className="mt-7" data-testid="calendar-feed">
      <h2 id="calendar-feed-heading" className="h3">
        {t.calendarFeed.heading}
      </h2>
      <p>{t.calendarFeed.intro}</p>
      {error !== null && <ProblemAlert error={error} />}
      {url && (
        <>
          <TextField
            name="calendarFeedUrl"
            label={t.calendarFeed.url}
            hint={t.calendarFeed.urlHint}
            value={url}
            onValueChange={() => undefined}
            readOnly
            widthClass="input-width-xl"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button button-secondary" onClick={() => void copy()}>
            {t.calendarFeed.copy}
          </button>
          {copied === true && <Alert variant="success">{t.calendarFeed.copied}</Alert>}
          {copied === false && <Alert variant="info">{t.calendarFeed.copyManually}</Alert>}
        </>
      )}
      <p className="mt-4">
        <button
          type="button"
          className={url ? 'button button-tertiary' : 'button button-secondary'}
          onClick={() => void create()}
          disabled={busy}
        >
          {busy ? t.calendarFeed.creating : url ? t.calendarFeed.renew : t.calendarFeed.create}
        </button>
      </p>
    </section>
  );
}
