import { Injectable } from '@nestjs/common';
import { Page, pageCursor, ValidationFailedException } from '@app/common';
import { AuditReadRow, AuditRepository } from './audit.repository';
import { AuditEventsFilter, ListAuditEventsQuery } from './list-audit-events.query';

export interface AuditEventView {
  id: string;
  occurredAt: string;
  action: string;
  /** The person who acted, by name (as the user is called now); null when the platform acted. */
  actor: { id: string; role: string | null; name: string | null } | null;
  bookingId: string | null;
  subject: { type: string; id: string | null } | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

const DEFAULT_PAGE = 100;

/** Reads the audit log of one region, newest first, with the actors' names. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly repository: AuditRepository) {}

  /**
   * One page, newest first. Paged by `cursor` (keyset on occurred_at, id — stable while new events
   * arrive) or, as before, by `offset`.
   */
  async list(regionId: string, query: ListAuditEventsQuery): Promise<Page<AuditEventView>> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const after = query.cursor ? decodeAuditCursor(query.cursor) : undefined;
    const rows = await this.select(regionId, query, limit + 1, query.cursor ? 0 : (query.offset ?? 0), after);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last ? pageCursor.encode({ t: last.occurred_exact, i: last.id }) : null;
    return { items: items.map(toView), nextCursor };
  }

  /** Every matching event up to `max` (for an export), newest first. */
  async all(regionId: string, filter: AuditEventsFilter, max: number): Promise<AuditEventView[]> {
    return (await this.select(regionId, filter, max, 0)).map(toView);
  }

  private async select(
    regionId: string,
    filter: AuditEventsFilter,
    limit: number,
    offset: number,
    after?: { at: string; id: string },
  ): Promise<AuditReadRow[]> {
    const from = filter.from ? new Date(filter.from) : null;
    const to = filter.to ? new Date(filter.to) : null;
    if (from && to && from.getTime() >= to.getTime()) {
      throw new ValidationFailedException([{ field: 'to', message: 'skal ligge efter fra-datoen' }]);
    }
    return this.repository.list(regionId, {
      from,
      to,
      actorId: filter.actorId,
      action: filter.action,
      bookingId: filter.bookingId,
      after,
      limit,
      offset,
    });
  }
}

/** A microsecond instant as PostgreSQL wrote it: a JS Date (milliseconds) would skip rows between. */
const EXACT_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

function decodeAuditCursor(cursor: string): { at: string; id: string } {
  const fields = pageCursor.decode(cursor, ['t', 'i']);
  const at = pageCursor.instant(fields.t);
  // Only what PostgreSQL itself wrote: a rolled-over date (02-30) or year 0 would fail in the query.
  const exact = fields.t ?? '';
  if (
    !EXACT_INSTANT.test(exact) ||
    at.getUTCFullYear() < 1 ||
    at.toISOString().slice(0, 23) !== exact.slice(0, 23)
  )
    pageCursor.instant(null); // the Danish 400
  return { at: fields.t as string, id: pageCursor.id(fields.i) };
}

const toView = (row: AuditReadRow): AuditEventView => ({
  id: row.id,
  occurredAt: row.occurred_at.toISOString(),
  action: row.action,
  actor: row.actor_id ? { id: row.actor_id, role: row.actor_role, name: row.actor_name } : null,
  bookingId: row.booking_id,
  subject: row.subject_type ? { type: row.subject_type, id: row.subject_id } : null,
  ip: row.ip,
  userAgent: row.user_agent,
  details: row.details,
});
