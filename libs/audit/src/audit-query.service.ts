import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ListAuditEventsQuery } from './list-audit-events.query';

export interface AuditEventView {
  id: string;
  occurredAt: string;
  action: string;
  actor: { id: string; role: string | null } | null;
  bookingId: string | null;
  subject: { type: string; id: string | null } | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

/** Reads the audit log of one region, newest first. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(regionId: string, query: ListAuditEventsQuery): Promise<AuditEventView[]> {
    const params: unknown[] = [regionId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['region_id = $1'];
    if (query.from) where.push(`occurred_at >= ${param(new Date(query.from))}`);
    if (query.to) where.push(`occurred_at < ${param(new Date(query.to))}`);
    if (query.actorId) where.push(`actor_id = ${param(query.actorId)}`);
    if (query.bookingId) where.push(`booking_id = ${param(query.bookingId)}`);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT id, occurred_at, action, actor_id, actor_role, booking_id, subject_type, subject_id, ip, user_agent, details
         FROM audit_events WHERE ${where.join(' AND ')}
        ORDER BY occurred_at DESC, id DESC
        LIMIT ${param(query.limit ?? 100)} OFFSET ${param(query.offset ?? 0)}`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      occurredAt: row.occurred_at.toISOString(),
      action: row.action,
      actor: row.actor_id ? { id: row.actor_id, role: row.actor_role } : null,
      bookingId: row.booking_id,
      subject: row.subject_type ? { type: row.subject_type, id: row.subject_id } : null,
      ip: row.ip,
      userAgent: row.user_agent,
      details: row.details,
    }));
  }
}

interface AuditRow {
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
