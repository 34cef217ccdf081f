import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** One audit_events row as written. */
export interface NewAuditRow {
  actorId: string | null;
  actorRole: string | null;
  action: string;
  bookingId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  regionId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

/** One audit_events row as read, with the actor's name and the instant to the microsecond (for cursors). */
export interface AuditReadRow {
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

export interface AuditFilter {
  from?: Date | null;
  to?: Date | null;
  actorId?: string;
  action?: string;
  bookingId?: string;
  /** Keyset: only events older than this (occurred_at, id). */
  after?: { at: string; id: string };
  limit: number;
  offset: number;
}

/** The audit log's SQL: appending (in the caller's transaction) and reading one region's page. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(row: NewAuditRow, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, action, booking_id, subject_type, subject_id, region_id, ip, user_agent, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)`,
      [
        row.actorId,
        row.actorRole,
        row.action,
        row.bookingId,
        row.subjectType,
        row.subjectId,
        row.regionId,
        row.ip,
        row.userAgent,
        JSON.stringify(row.details),
      ],
    );
  }

  /** One region's events matching the filter, newest first. */
  list(regionId: string, filter: AuditFilter): Promise<AuditReadRow[]> {
    const params: unknown[] = [regionId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['e.region_id = $1'];
    if (filter.from) where.push(`e.occurred_at >= ${param(filter.from)}`);
    if (filter.to) where.push(`e.occurred_at < ${param(filter.to)}`);
    if (filter.actorId) where.push(`e.actor_id = ${param(filter.actorId)}`);
    if (filter.action) where.push(`e.action = ${param(filter.action)}`);
    if (filter.bookingId) where.push(`e.booking_id = ${param(filter.bookingId)}`);
    if (filter.after)
      where.push(
        `(e.occurred_at, e.id) < (${param(filter.after.at)}::timestamptz, ${param(filter.after.id)}::uuid)`,
      );
    return this.dataSource.query(
      `SELECT e.id, e.occurred_at, e.action,
              to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_exact,
              e.actor_id, e.actor_role, u.name AS actor_name, e.booking_id,
              e.subject_type, e.subject_id, e.ip, e.user_agent, e.details
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE ${where.join(' AND ')}
        ORDER BY e.occurred_at DESC, e.id DESC
        LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
      params,
    );
  }
}
