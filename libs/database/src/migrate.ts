import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** Applies pending migrations; used by the launcher, the containers' entrypoint and the test setup. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
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
