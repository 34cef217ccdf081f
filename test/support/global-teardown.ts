import { rmSync } from 'node:fs';
import Redis from 'ioredis';
import { dropDatabasesStartingWith } from './test-databases';
import {
  readTestRun,
  runDatabasePrefix,
  runQueuePrefix,
  RUN_ID_VARIABLE,
  testEnvFile,
} from './test-env-file';

/** Drops the run's databases and deletes its Redis keys (nothing else), then stops what setup started. */
export default async function globalTeardown(): Promise<void> {
  const stops = (globalThis as { __sparringStops?: (() => Promise<void>)[] }).__sparringStops ?? [];
  try {
    const runId = process.env[RUN_ID_VARIABLE];
    if (runId) {
      const run = readTestRun(runId);
      if (!process.env.KEEP_TEST_DATABASE) {
        await dropDatabasesStartingWith(run.serverUrl, runDatabasePrefix(run));
        // A Redis of the machine keeps what the run's queues left (an embedded one is stopped below).
        if (process.env.REDIS_URL) await deleteKeysStartingWith(run.redisUrl, runQueuePrefix(run));
      }
      rmSync(testEnvFile(runId), { force: true });
    }
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}

async function deleteKeysStartingWith(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}-*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
