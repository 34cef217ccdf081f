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

/** One audit_events row as read. */
export interface AuditRow {
  id: string;
  occurred_at: Date;
  action: string;
  actor_id: string | null;
  actor_role: string | null;
  booking_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actorId?: string;
  bookingId?: string;
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
  list(regionId: string, filter: AuditFilter): Promise<AuditRow[]> {
    const params: unknown[] = [regionId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['region_id = $1'];
    if (filter.from) where.push(`occurred_at >= ${param(filter.from)}`);
    if (filter.to) where.push(`occurred_at < ${param(filter.to)}`);
    if (filter.actorId) where.push(`actor_id = ${param(filter.actorId)}`);
    if (filter.bookingId) where.push(`booking_id = ${param(filter.bookingId)}`);
    return this.dataSource.query(
      `SELECT id, occurred_at, action, actor_id, actor_role, booking_id, subject_type, subject_id, ip, user_agent, details
         FROM audit_events WHERE ${where.join(' AND ')}
        ORDER BY occurred_at DESC, id DESC
        LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
      params,
    );
  }
}
