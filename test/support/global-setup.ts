import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../libs/database/src/migrate';
import { startEmbeddedPostgres } from '../../scripts/local/embedded-postgres';
import { ensureDatabase } from '../../scripts/local/ensure-database';
import { freePort } from '../../scripts/local/free-port';
import { startRedisServer } from '../../scripts/local/redis-server';
import { RUN_ID_VARIABLE, testEnvFile } from './test-env-file';

/**
 * Once per `npm test`: a fresh database (on DATABASE_URL's server, or on an embedded PostgreSQL when
 * unset), migrated once; Redis from REDIS_URL or a redis-server started here; a queue prefix of its own.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const scratch = mkdtempSync(join(tmpdir(), 'sparring-test-'));
  // Run in reverse by the teardown: the scratch folder goes last, after the servers that use it stopped.
  const stops: (() => Promise<void>)[] = [async () => rmSync(scratch, { recursive: true, force: true })];
  chmodSync(scratch, 0o755); // run as root, PostgreSQL runs as the `postgres` user and must reach its data folder

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const postgres = await startEmbeddedPostgres(join(scratch, 'pg'), await freePort());
    stops.push(postgres.stop);
    serverUrl = postgres.url;
  }
  const database = new URL(serverUrl);
  database.pathname = `/sparring_test_${runId}`;
  await ensureDatabase(database.toString());
  await runMigrations(database.toString());

  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedisServer(join(scratch, 'redis'), await freePort(), { persist: false });
    stops.push(redis.stop);
    redisUrl = redis.url;
  }

  process.env[RUN_ID_VARIABLE] = runId;
  writeFileSync(
    testEnvFile(runId),
    JSON.stringify({
      DATABASE_URL: database.toString(),
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: `sparring-test-${runId}`,
    }),
  );
  (globalThis as { __sparringStops?: typeof stops }).__sparringStops = stops;
}
