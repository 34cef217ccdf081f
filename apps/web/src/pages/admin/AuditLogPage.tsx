import { useState, type FormEvent } from 'react';
import { auditApi } from '../../api/endpoints';
import type { AuditEvent } from '../../api/types';
import { serverFieldErrors } from '../../components/errors';
import { TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useLoader } from '../../components/useLoader';
import { addDays, formatDateTime, todayInCopenhagen } from '../../format/dates';
import { useLanguage } from '../../i18n/language';

type Filters = { from: string; to: string; bookingId: string };

function eventTime(event: AuditEvent): string | undefined {
  return event.at ?? event.occurredAt ?? event.createdAt;
}

function actorName(event: AuditEvent, t: ReturnType<typeof useLanguage>['t']): string {
  const actor = event.actor;
  if (actor?.name) return actor.name;
  if (event.actorName) return event.actorName;
  // The API names the actor by id and role only; no actor means the platform itself did it.
  const id = actor?.id ?? event.actorId;
  if (!id) return t.audit.system;
  const role = actor?.role ? t.roles[actor.role] : null;
  return role ? `${role} (${id.slice(0, 8)})` : id.slice(0, 8);
}

export function AuditLogPage() {
  const { t, language } = useLanguage();
  const [draft, setDraft] = useState<Filters>({
    from: addDays(todayInCopenhagen(), -30),
    to: todayInCopenhagen(),
    bookingId: '',
  });
  const [applied, setApplied] = useState<Filters>(draft);
  const loader = useLoader(
    async (signal) => {
      const result = await auditApi.list(
        {
          from: applied.from || undefined,
          to: applied.to ? addDays(applied.to, 1) : undefined,
          bookingId: applied.bookingId.trim() || undefined,
        },
        signal,
      );
      return Array.isArray(result) ? result : result.items;
    },
    [applied.from, applied.to, applied.bookingId],
  );
  const serverErrors = loader.result.state === 'error' ? serverFieldErrors(loader.result.error) : {};

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(draft);
  };

  return (
    <>
      <PageHeading>{t.audit.title}</PageHeading>
      <p className="font-lead">{t.audit.intro}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="filter-row">
          <TextField
            name="from"
            type="date"
            label={t.audit.from}
            value={draft.from}
            onValueChange={(from) => setDraft({ ...draft, from })}
            error={serverErrors.from}
            widthClass="input-width-s"
          />
          <TextField
            name="to"
            type="date"
            label={t.audit.to}
            value={draft.to}
            onValueChange={(to) => setDraft({ ...draft, to })}
            error={serverErrors.to}
            widthClass="input-width-s"
          />
          <TextField
            name="bookingId"
            label={t.audit.bookingId}
            value={draft.bookingId}
            onValueChange={(bookingId) => setDraft({ ...draft, bookingId })}
            error={serverErrors.bookingId}
            optional
          />
        </div>
        <button type="submit" className="button button-primary">
          {t.audit.show}
        </button>
      </form>
      <div aria-live="polite" className="mt-6">
        <LoadState loader={loader}>
          {(events) =>
            events.length === 0 ? (
              <p className="empty-state">{t.audit.empty}</p>
            ) : (
              <>
                <p>{t.audit.count(events.length)}</p>
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
                      {events.map((event) => {
                        const when = eventTime(event);
                        return (
                          <tr key={event.id}>
                            <td>{when ? formatDateTime(when, language) : '–'}</td>
                            <td>{actorName(event, t)}</td>
                            <td>
                              <code>{event.action}</code>
                            </td>
                            <td>{event.bookingId ? <code>{event.bookingId}</code> : '–'}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </>
            )
          }
        </LoadState>
      </div>
    </>
  );
}
