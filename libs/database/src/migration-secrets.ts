/**
 * Secrets a data migration may need, handed in by whoever runs the migrations (never read from the
 * environment here). TypeORM constructs migrations itself, so they read this module-level holder.
 */
export interface MigrationSecrets {
  /** CASE_SUMMARY_KEY (32 bytes): encrypts booking questions written before they were encrypted. */
  caseSummaryKey?: Buffer;
}

let current: MigrationSecrets = {};

export function setMigrationSecrets(secrets: MigrationSecrets): void {
  current = { ...secrets };
}

export function migrationSecrets(): MigrationSecrets {
  return current;
}
