import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '@app/common';
import { AuditAction } from './audit-action';

export interface AuditRecord {
  action: AuditAction;
  actor?: { id: string; role: string; regionId: string | null } | null;
  bookingId?: string | null;
  subject?: { type: string; id: string } | null;
  regionId?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

/**
 * Appends to the audit log. Pass the transaction's manager so the entry commits (or rolls back) with
 * the change it describes; the request's origin comes from the request context.
 */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const origin = requestContext.current();
    await manager.query(
      `INSERT INTO audit_events (actor_id, actor_role, action, booking_id, subject_type, subject_id, region_id, ip, user_agent, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)`,
      [
        entry.actor?.id ?? null,
        entry.actor?.role ?? null,
        entry.action,
        entry.bookingId ?? null,
        entry.subject?.type ?? null,
        entry.subject?.id ?? null,
        entry.regionId ?? entry.actor?.regionId ?? null,
        origin?.ip?.slice(0, 64) ?? null,
        origin?.userAgent?.slice(0, 300) ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }
}
