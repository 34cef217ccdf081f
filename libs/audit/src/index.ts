export { AuditAction } from './audit-action';
export { AuditEvent } from './audit-event.entity';
export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
export type { AuditRecord } from './audit.service';
export { AuditQueryService } from './audit-query.service';
export type { AuditEventView } from './audit-query.service';
export { ListAuditEventsQuery } from './list-audit-events.query';
