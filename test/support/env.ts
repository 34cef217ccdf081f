import { readTestRun, workerDatabaseUrl, workerQueuePrefix } from './test-env-file';

// Each spec file, in its Jest worker: the worker's own database (a copy of the run's migrated template,
// made by worker-database.ts) and queue prefix on the run's Redis, and test-friendly settings. Mail
// goes to a port nobody listens on unless the spec starts its own SMTP catcher (mail-world.ts), which
// then belongs to that spec file alone.
const run = readTestRun();
Object.assign(process.env, {
  DATABASE_URL: workerDatabaseUrl(run),
  REDIS_URL: run.redisUrl,
  QUEUE_PREFIX: workerQueuePrefix(run),
  NODE_ENV: 'test',
  SMTP_URL: process.env.TEST_SMTP_URL ?? 'smtp://127.0.0.1:2525',
  AUTH_SECRET: 'test-secret-that-is-long-enough-to-sign-tokens',
  CASE_SUMMARY_KEY: Buffer.alloc(32, 1).toString('base64'),
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  DEMO_DATA: 'false',
  // All e2e requests come from 127.0.0.1; specs that test the limit lower it themselves.
  RATE_LIMIT_MAX: process.env.RATE_LIMIT_MAX ?? '100000',
  // One document worker thread per app: each thread compiles the TypeScript sources when it starts.
  DOCUMENT_WORKERS: process.env.DOCUMENT_WORKERS ?? '1',
  // Absence messages go out at once unless a spec tests the undo window itself.
  ABSENCE_UNDO_WINDOW: process.env.ABSENCE_UNDO_WINDOW ?? '0',
});
