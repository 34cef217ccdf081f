import { Injectable } from '@nestjs/common';
import {
  AUDIT_ACTION_LABELS,
  AuditAction,
  AuditEventsFilter,
  AuditEventView,
  AuditQueryService,
  AuditService,
} from '@app/audit';
import { AuthUser } from '@app/auth';
import { DomainException, ErrorCode } from '@app/common';
import { plainTableCsv, plainTableXlsx, PlainTable } from './table-file';
import { ExportFile, XLSX_TYPE } from './usage-stats.service';

/** More than a year of a busy region's log; beyond it the admin narrows the filter. */
export const MAX_AUDIT_EXPORT_ROWS = 50_000;

const ROLE_LABELS: Record<string, string> = {
  consultant: 'Konsulent',
  contact: 'Kontaktperson',
  admin: 'Administrator',
};

/**
 * The audit log as CSV or XLSX, with the same filters as the screen. The export itself is audited
 * (who took which part of the log out).
 */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly events: AuditQueryService,
    private readonly audit: AuditService,
  ) {}

  async export(admin: AuthUser, filter: AuditEventsFilter, format: 'csv' | 'xlsx'): Promise<ExportFile> {
    const events = await this.events.all(admin.regionId, filter, MAX_AUDIT_EXPORT_ROWS + 1);
    if (events.length > MAX_AUDIT_EXPORT_ROWS) {
      throw new DomainException(
        ErrorCode.ValidationFailed,
        `Udtrækket ville blive på over ${MAX_AUDIT_EXPORT_ROWS.toLocaleString('da-DK')} hændelser. Vælg en kortere periode eller flere filtre.`,
        { errors: [{ field: 'from', message: 'vælg en kortere periode' }] },
      );
    }
    const table: PlainTable = {
      sheetName: 'Revisionslog',
      headers: ['Tidspunkt (UTC)', 'Person', 'Rolle', 'Handling', 'Handlingskode', 'Booking', 'IP-adresse'],
      rows: events.map(row),
    };
    const stamp = new Date().toISOString().slice(0, 10);
    const fileName = `revisionslog-${stamp}.${format}`;
    const file =
      format === 'csv'
        ? { contentType: 'text/csv; charset=utf-8', fileName, content: plainTableCsv(table) }
        : { contentType: XLSX_TYPE, fileName, content: await plainTableXlsx(table) };
    await this.audit.record({
      action: AuditAction.ExportProduced,
      actor: admin,
      details: {
        kind: 'audit',
        format,
        rows: events.length,
        from: filter.from ?? null,
        to: filter.to ?? null,
        actorId: filter.actorId ?? null,
        action: filter.action ?? null,
        bookingId: filter.bookingId ?? null,
      },
    });
    return file;
  }
}

const row = (event: AuditEventView): (string | number | null)[] => [
  event.occurredAt.replace('T', ' ').slice(0, 19),
  event.actor ? (event.actor.name ?? event.actor.id) : 'Systemet',
  event.actor?.role ? (ROLE_LABELS[event.actor.role] ?? event.actor.role) : null,
  AUDIT_ACTION_LABELS[event.action as AuditAction] ?? event.action,
  event.action,
  event.bookingId,
  event.ip,
];
