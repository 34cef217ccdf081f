import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where global setup leaves the connection details for the test workers (one file per jest run). */
export const testEnvFile = (runId: string) => join(tmpdir(), `sparring-test-env-${runId}.json`);
export const RUN_ID_VARIABLE = 'SPARRING_TEST_RUN_ID';

/** What global setup prepared once for the whole run, shared by every Jest worker. */
export interface TestRun {
  runId: string;
  /** The PostgreSQL server (database `postgres`): the machine's (DATABASE_URL) or the embedded one. */
  serverUrl: string;
  /** A database migrated once; each worker's database is a copy of it (`CREATE DATABASE … TEMPLATE`). */
  templateDatabase: string;
  redisUrl: string;
}

export function readTestRun(runId = process.env[RUN_ID_VARIABLE]): TestRun {
  if (!runId)
    throw new Error(`${RUN_ID_VARIABLE} is not set: run the e2e specs through jest (global setup).`);
  return JSON.parse(readFileSync(testEnvFile(runId), 'utf8')) as TestRun;
}

/** Every name this run creates on the database server starts with this (teardown drops them all). */
export const runDatabasePrefix = (run: Pick<TestRun, 'runId'>) => `sparring_test_${run.runId}_`;

/** Every Redis key of this run starts with this (a queue prefix per worker below it). */
export const runQueuePrefix = (run: Pick<TestRun, 'runId'>) => `sparring-test-${run.runId}`;

/**
 * Jest's worker number (1…maxWorkers; 1 with --runInBand). Each worker runs one spec file at a time,
 * so a database and a queue prefix per worker keep parallel spec files apart: no spec sees another's
 * outbox rows, jobs or mails.
 */
export const jestWorker = () => process.env.JEST_WORKER_ID ?? '1';

export function databaseUrl(run: TestRun, name: string): string {
  const url = new URL(run.serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export const workerDatabaseUrl = (run: TestRun, worker = jestWorker()) =>
  databaseUrl(run, `${runDatabasePrefix(run)}w${worker}`);

export const workerQueuePrefix = (run: TestRun, worker = jestWorker()) => `${runQueuePrefix(run)}-w${worker}`;
