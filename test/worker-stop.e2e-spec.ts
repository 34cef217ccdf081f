import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../scripts/local/free-port';
import { startRedisServer } from '../scripts/local/redis-server';

// The worker process as `npm start` and the containers run it: a stop signal ends it in bounded time
// even when its Redis has gone away first (BullMQ would otherwise reconnect on ECONNREFUSED for ever).
const root = join(__dirname, '..');

describe('Worker process: stop signal with Redis gone', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sparring-worker-stop-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('exits within 10 s of SIGTERM although Redis is away', async () => {
    const script = join(root, 'dist', 'apps', 'worker', 'src', 'main.js');
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-changed.js')], {
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(build.stderr);
    const redis = await startRedisServer(join(scratch, 'redis'), await freePort(), { persist: false });
    const heartbeat = join(scratch, 'heartbeat');
    const worker = spawn(process.execPath, [script], {
      env: { ...process.env, REDIS_URL: redis.url, WORKER_HEARTBEAT_FILE: heartbeat, LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    try {
      const deadline = Date.now() + 60_000;
      while (!existsSync(heartbeat)) {
        if (Date.now() > deadline || worker.exitCode !== null) throw new Error('the worker did not start');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await redis.stop();
      const started = Date.now();
      worker.kill('SIGTERM');
      const stopped = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000)),
      ]);
      expect({ stopped, withinMs: Date.now() - started < 10_000 }).toEqual({ stopped: true, withinMs: true });
    } finally {
      if (worker.exitCode === null) worker.kill('SIGKILL');
      await redis.stop();
    }
  }, 120_000);
});
