export { AuditAction } from './audit-action';
export { AuditEvent } from './audit-event.entity';
export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
export type { AuditRecord } from './audit.service';
