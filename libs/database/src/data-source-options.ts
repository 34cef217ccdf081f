import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

const root = join(__dirname, '..', '..', '..');

/**
 * The one TypeORM configuration: used by the api, the worker, the migration CLI and the tests.
 * Entities live beside their feature (`libs/<feature>/src/**\/*.entity.ts`); the schema only changes
 * through the migrations in `migrations/`, never `synchronize`.
 */
export function dataSourceOptions(
  databaseUrl: string,
  { poolMax = 20 }: { poolMax?: number } = {},
): DataSourceOptions {
  const ext = __filename.endsWith('.ts') ? 'ts' : 'js';
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [join(root, 'libs', '*', 'src', '**', `*.entity.${ext}`)],
    migrations: [join(root, 'migrations', `*.${ext}`)],
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto', // gen_random_uuid() is built into PostgreSQL 13+: no extension needed
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolMax },
  };
}
