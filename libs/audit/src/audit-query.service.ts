import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Page, pageCursor, ValidationFailedException } from '@app/common';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
  ): Promise<AuditRow[]> {
    const from = filter.from ? new Date(filter.from) : null;
    const to = filter.to ? new Date(filter.to) : null;
    if (from && to && from.getTime() >= to.getTime()) {
      throw new ValidationFailedException([{ field: 'to', message: 'skal ligge efter fra-datoen' }]);
    }
    const params: unknown[] = [regionId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['e.region_id = $1'];
    if (from) where.push(`e.occurred_at >= ${param(from)}`);
    if (to) where.push(`e.occurred_at < ${param(to)}`);
    if (filter.actorId) where.push(`e.actor_id = ${param(filter.actorId)}`);
    if (filter.action) where.push(`e.action = ${param(filter.action)}`);
    if (filter.bookingId) where.push(`e.booking_id = ${param(filter.bookingId)}`);
    if (after)
      where.push(`(e.occurred_at, e.id) < (${param(after.at)}::timestamptz, ${param(after.id)}::uuid)`);
    return this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.action,
              to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_exact, e.actor_id, e.actor_role, u.name AS actor_name, e.booking_id,
              e.subject_type, e.subject_id, e.ip, e.user_agent, e.details
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT ${param(limit)} OFFSET ${param(offset)}`,
      params,
    );
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

const toView = (row: AuditRow): AuditEventView => ({
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

interface AuditRow {
  id: string;
  occurred_at: Date;
  occurred_exact: string;
  action: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_name: string | null;
  booking_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}
