import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { requestContext } from '@app/common';
import { AuditAction } from './audit-action';
import { AuditRepository } from './audit.repository';

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
  constructor(private readonly repository: AuditRepository) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const origin = requestContext.current();
    await this.repository.insert(
      {
        actorId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        action: entry.action,
        bookingId: entry.bookingId ?? null,
        subjectType: entry.subject?.type ?? null,
        subjectId: entry.subject?.id ?? null,
        regionId: entry.regionId ?? entry.actor?.regionId ?? null,
        ip: origin?.ip?.slice(0, 64) ?? null,
        userAgent: origin?.userAgent?.slice(0, 300) ?? null,
        details: entry.details ?? {},
      },
      manager,
    );
  }
}
