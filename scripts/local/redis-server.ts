import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import Redis from 'ioredis';

export interface LocalRedis {
  url: string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash: with persistence off the next start on the same port is empty. */
  kill(): Promise<void>;
}

export class RedisServerMissingError extends Error {
  constructor() {
    super(
      'No redis-server found on PATH. Install Redis (Debian/Ubuntu: `sudo apt-get install redis-server`, ' +
        'macOS: `brew install redis`) or point REDIS_URL at a running Redis, e.g. REDIS_URL=redis://127.0.0.1:6379.',
    );
    this.name = 'RedisServerMissingError';
  }
}

/**
 * Starts `redis-server` from PATH on 127.0.0.1:port, keeping its data in `dir`, and waits until it
 * answers. `persistence: false` (the fault tests) keeps nothing on disk: a restart comes back empty.
 */
export async function startRedisServer(
  dir: string,
  port: number,
  options: { persistence?: boolean } = {},
): Promise<LocalRedis> {
  if (spawnSync('redis-server', ['--version']).error) throw new RedisServerMissingError();
  mkdirSync(dir, { recursive: true });
  const save = options.persistence === false ? '' : '60 1';
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', save, '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url, child);
  return { url, stop: () => ended('SIGTERM'), kill: () => ended('SIGKILL') };
}

async function waitForRedis(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined); // not up yet: the loop tries again
    try {
      await client.connect();
      await client.ping();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      client.disconnect();
    }
  }
  throw new Error(`redis-server did not answer on ${url}`);
}
