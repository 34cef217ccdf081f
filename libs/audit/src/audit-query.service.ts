import { Injectable } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
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
  constructor(private readonly repository: AuditRepository) {}

  async list(regionId: string, query: ListAuditEventsQuery): Promise<AuditEventView[]> {
    const rows = await this.repository.list(regionId, {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      actorId: query.actorId,
      bookingId: query.bookingId,
      limit: query.limit ?? 100,
      offset: query.offset ?? 0,
    });
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
