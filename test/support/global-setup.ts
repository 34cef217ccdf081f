import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '../../libs/database/src/migrate';
import { startEmbeddedPostgres } from '../../scripts/local/embedded-postgres';
import { ensureDatabase } from '../../scripts/local/ensure-database';
import { freePort } from '../../scripts/local/free-port';
import { startRedisServer } from '../../scripts/local/redis-server';
import { freezeTemplate } from './test-databases';
import { databaseUrl, runDatabasePrefix, RUN_ID_VARIABLE, TestRun, testEnvFile } from './test-env-file';

/**
 * Once per `npm test`, before the workers start: a template database (on DATABASE_URL's server, or on
 * an embedded PostgreSQL when unset), migrated once; Redis from REDIS_URL or a redis-server started
 * here. Each Jest worker then copies the template into a database of its own and uses a queue prefix
 * of its own (test/support/env.ts, worker-database.ts), so spec files running side by side never see
 * each other's rows, jobs or mails.
 */
export default async function globalSetup(): Promise<void> {
  try {
    await prepareRun();
  } catch (error) {
    // Jest does not run the teardown when the setup fails: stop what was started, or it outlives Jest.
    const stops = (globalThis as { __sparringStops?: (() => Promise<void>)[] }).__sparringStops ?? [];
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
}

async function prepareRun(): Promise<void> {
  const runId = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  const scratch = mkdtempSync(join(tmpdir(), 'sparring-test-'));
  // Run in reverse by the teardown: the scratch folder goes last, after the servers that use it stopped.
  const stops: (() => Promise<void>)[] = [async () => rmSync(scratch, { recursive: true, force: true })];
  (globalThis as { __sparringStops?: typeof stops }).__sparringStops = stops;
  chmodSync(scratch, 0o755); // run as root, PostgreSQL runs as the `postgres` user and must reach its data folder

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const postgres = await startEmbeddedPostgres(join(scratch, 'pg'), await freePort());
    stops.push(postgres.stop);
    serverUrl = postgres.url;
  }
  const server = new URL(serverUrl);
  server.pathname = '/postgres';
  const run: Omit<TestRun, 'redisUrl'> = {
    runId,
    serverUrl: server.toString(),
    templateDatabase: `${runDatabasePrefix({ runId })}template`,
  };
  const template = databaseUrl({ ...run, redisUrl: '' }, run.templateDatabase);
  await ensureDatabase(template);
  await runMigrations(template);
  await freezeTemplate(template);

  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await startRedisServer(join(scratch, 'redis'), await freePort(), { persist: false });
    stops.push(redis.stop);
    redisUrl = redis.url;
  }

  process.env[RUN_ID_VARIABLE] = runId;
  writeFileSync(testEnvFile(runId), JSON.stringify({ ...run, redisUrl } satisfies TestRun));
}
