import { useState } from 'react';
import { auditApi, userApi, type AuditFilter } from '../../api/endpoints';
import type { Page } from '../../api/client';
import { AUDIT_ACTIONS, type AuditEvent } from '../../api/types';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { addDays, formatDateTime, todayInCopenhagen } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

type Filters = { from: string; to: string; actorId: string; action: string; bookingId: string };

const PAGE_SIZE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters as the API takes them: `to` is the day after, so the whole last day is included. */
function toQuery(filters: Filters): AuditFilter {
  return {
    from: filters.from || undefined,
    to: filters.to ? addDays(filters.to, 1) : undefined,
    actorId: filters.actorId || undefined,
    action: filters.action || undefined,
    bookingId: filters.bookingId.trim() || undefined,
  };
}

function isKnownAction(action: string): action is (typeof AUDIT_ACTIONS)[number] {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

export function AuditLogPage() {
  const { t, language } = useLanguage();
  const [draft, setDraft] = useState<Filters>({
    from: addDays(todayInCopenhagen(), -30),
    to: todayInCopenhagen(),
    actorId: '',
    action: '',
    bookingId: '',
  });
  const [applied, setApplied] = useState<Filters>(draft);
  const people = useLoader((signal) => userApi.list({}, signal), []);
  const loader = useLoader<Page<AuditEvent>>(
    (signal) => auditApi.page(toQuery(applied), { limit: PAGE_SIZE }, signal),
    [applied],
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [downloaded, setDownloaded] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const focusAfterRender = useFocusAfterRender();
  const serverErrors = loader.result.state === 'error' ? serverFieldErrors(loader.result.error) : {};

  const form = useForm({
    labels: {
      from: t.audit.from,
      to: t.audit.to,
      actorId: t.audit.person,
      action: t.audit.action,
      bookingId: t.audit.bookingId,
    },
    validate: () => ({
      to: draft.from && draft.to && draft.to < draft.from ? t.audit.periodInvalid : undefined,
      bookingId:
        draft.bookingId.trim() && !UUID.test(draft.bookingId.trim()) ? t.audit.bookingIdInvalid : undefined,
    }),
    // "Vis" always asks again: with unchanged filters it shows the newest events from the top.
    submit: async () => {
      if (JSON.stringify(draft) === JSON.stringify(applied)) loader.reload();
      else setApplied(draft);
    },
  });

  const loadMore = async (page: Page<AuditEvent>) => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await auditApi.page(toQuery(applied), { limit: PAGE_SIZE, cursor: page.nextCursor });
      loader.setData((current) => ({
        items: [...current.items, ...next.items],
        nextCursor: next.nextCursor,
      }));
      if (next.items[0]) focusAfterRender(`event-${next.items[0].id}`);
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  const download = async (format: 'csv' | 'xlsx') => {
    setDownloaded(false);
    setDownloadError(null);
    try {
      await auditApi.download(toQuery(applied), format);
      setDownloaded(true);
    } catch (caught) {
      setDownloadError(caught);
    }
  };

  const actorName = (event: AuditEvent): string => {
    if (!event.actor) return t.audit.system;
    const role = event.actor.role ? t.roles[event.actor.role] : null;
    const name = event.actor.name ?? event.actor.id.slice(0, 8);
    return role ? `${name} (${role.toLowerCase()})` : name;
  };

  const peopleOptions =
    people.result.state === 'ready'
      ? people.result.data.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))
      : [];
  const actionOptions = AUDIT_ACTIONS.map((value) => ({ value, label: t.audit.actions[value] })).sort(
    (a, b) => a.label.localeCompare(b.label, language),
  );

  return (
    <>
      <PageHeading>{t.audit.title}</PageHeading>
      <p className="font-lead">{t.audit.intro}</p>
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate aria-label={t.audit.filtersLabel}>
        <div className="filter-row">
          <TextField
            name="from"
            type="date"
            label={t.audit.from}
            value={draft.from}
            onValueChange={(from) => setDraft({ ...draft, from })}
            error={form.errors.from ?? serverErrors.from}
            widthClass="input-width-s"
          />
          <TextField
            name="to"
            type="date"
            label={t.audit.to}
            value={draft.to}
            onValueChange={(to) => setDraft({ ...draft, to })}
            error={form.errors.to ?? serverErrors.to}
            widthClass="input-width-s"
          />
          <SelectField
            name="actorId"
            label={t.audit.person}
            value={draft.actorId}
            onValueChange={(actorId) => setDraft({ ...draft, actorId })}
            placeholder={t.audit.allPeople}
            options={peopleOptions}
            error={serverErrors.actorId}
          />
          <SelectField
            name="action"
            label={t.audit.action}
            value={draft.action}
            onValueChange={(action) => setDraft({ ...draft, action })}
            placeholder={t.audit.allActions}
            options={actionOptions}
            error={serverErrors.action}
          />
          <TextField
            name="bookingId"
            label={t.audit.bookingId}
            hint={t.audit.bookingHint}
            value={draft.bookingId}
            onValueChange={(bookingId) => setDraft({ ...draft, bookingId })}
            error={form.errors.bookingId ?? serverErrors.bookingId}
            autoComplete="off"
            optional
          />
        </div>
        <button type="submit" className="button button-primary">
          {t.audit.show}
        </button>
      </form>

      <section aria-labelledby="audit-export-heading" className="mt-6">
        <h2 id="audit-export-heading" className="h4">
          {t.audit.exportHeading}
        </h2>
        <p>{t.audit.exportText}</p>
        <div className="button-row">
          <button type="button" className="button button-secondary" onClick={() => void download('csv')}>
            {t.audit.downloadCsv}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void download('xlsx')}>
            {t.audit.downloadXlsx}
          </button>
        </div>
        {downloaded && <Alert variant="success">{t.audit.downloaded}</Alert>}
        {downloadError !== null && <ProblemAlert error={downloadError} />}
      </section>

      <div aria-live="polite" className="mt-6">
        <LoadState loader={loader}>
          {(page) =>
            page.items.length === 0 ? (
              <p className="empty-state">{t.audit.empty}</p>
            ) : (
              <>
                <p>
                  {page.nextCursor ? t.audit.countMore(page.items.length) : t.audit.count(page.items.length)}
                </p>
                <div className="table--responsive-scroll">
                  <table className="table table--zebra table--compact">
                    <thead>
                      <tr>
                        <th scope="col">{t.audit.when}</th>
                        <th scope="col">{t.audit.actor}</th>
                        <th scope="col">{t.audit.action}</th>
                        <th scope="col">{t.audit.booking}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {page.items.map((event) => (
                        <tr key={event.id}>
                          <td id={`event-${event.id}`} tabIndex={-1}>
                            {formatDateTime(event.occurredAt, language)}
                          </td>
                          <td>{actorName(event)}</td>
                          <td>
                            {isKnownAction(event.action) ? t.audit.actions[event.action] : event.action}
                          </td>
                          <td>{event.bookingId ? <code>{event.bookingId}</code> : '–'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {moreError !== null && <ProblemAlert error={moreError} />}
                {page.nextCursor && (
                  <button
                    type="button"
                    className="button button-secondary mt-4"
                    onClick={() => void loadMore(page)}
                    disabled={loadingMore}
                  >
                    {loadingMore ? t.audit.loadingMore : t.audit.loadMore}
                  </button>
                )}
              </>
            )
          }
        </LoadState>
      </div>
    </>
  );
}
