import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/local/free-port';
import { startRedisServer } from '../scripts/local/redis-server';
import { buildChanged } from './support/build-changed';
import { waitFor } from './support/wait-for';

// The worker process as `npm start` and the containers run it: a stop signal ends it in bounded time
// even when its Redis has gone away first (BullMQ would otherwise reconnect on ECONNREFUSED for ever).
const root = join(__dirname, '..');
const STOP_LIMIT_MS = 10_000;

describe('Worker process: stop signal with Redis gone', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sparring-worker-stop-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('exits within 10 s of SIGTERM although Redis is away', async () => {
    const script = join(root, 'dist', 'apps', 'worker', 'src', 'main.js');
    await buildChanged();
    const redis = await startRedisServer(join(scratch, 'redis'), await freePort(), { persist: false });
    const heartbeat = join(scratch, 'heartbeat');
    const worker = spawn(process.execPath, [script], {
      env: { ...process.env, REDIS_URL: redis.url, WORKER_HEARTBEAT_FILE: heartbeat, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    try {
      // Running: its first heartbeat (written once PostgreSQL and Redis answered).
      await waitFor(
        () => {
          if (worker.exitCode !== null) throw new Error(`the worker exited with ${worker.exitCode}`);
          return existsSync(heartbeat);
        },
        { timeout: 60_000, what: 'the worker to start (its heartbeat file)' },
      );
      await redis.stop();
      const started = Date.now();
      worker.kill('SIGTERM');
      // The bound under test, not a pause: at most STOP_LIMIT_MS for the exit.
      let limit: NodeJS.Timeout | undefined;
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((resolve) => (limit = setTimeout(() => resolve(false), STOP_LIMIT_MS))),
      ]);
      clearTimeout(limit);
      expect({ stopped, withinMs: Date.now() - started < STOP_LIMIT_MS }).toEqual({
        stopped: true,
        withinMs: true,
      });
    } finally {
      if (worker.exitCode === null) worker.kill('SIGKILL');
      await redis.stop();
    }
  }, 120_000);
});
