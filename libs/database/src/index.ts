export { DatabaseModule } from './database.module';
export { dataSourceOptions } from './data-source-options';
export { runMigrations } from './migrate';
export { isUniqueViolation, UNIQUE_VIOLATION } from './pg-errors';
export { returnedRows, updatedRows } from './returned-rows';
export type { MigrationSecrets } from './migration-secrets';
export { logSafeError } from './log-safe-error';
