import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { MigrationSecrets, setMigrationSecrets } from './migration-secrets';

/**
 * Applies pending migrations; used by the launcher, the containers' entrypoint and the test setup.
 * `secrets` feed data migrations (the booking-question encryption needs CASE_SUMMARY_KEY when there
 * are clear-text questions; without it that migration stops and nothing is lost).
 */
export async function runMigrations(databaseUrl: string, secrets: MigrationSecrets = {}): Promise<string[]> {
  setMigrationSecrets(secrets);
  // Migrations are plain SQL: no entities needed, so this also runs outside the app (launcher, test setup).
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl), entities: [] });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
