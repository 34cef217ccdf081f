import { ChildProcess, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import Redis from 'ioredis';
import { spawnInGroup, stopInGroup } from './process-group';

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
 * answers. `persist: false` (tests) keeps nothing on disk: a restart comes back empty.
 */
export async function startRedisServer(
  dir: string,
  port: number,
  { persist = true }: { persist?: boolean } = {},
): Promise<LocalRedis> {
  if (spawnSync('redis-server', ['--version']).error) throw new RedisServerMissingError();
  mkdirSync(dir, { recursive: true });
  // Without persistence a SIGTERM exits at once; with it Redis saves first (and would refuse to exit
  // if it could not write, hence the kill after the grace time).
  const child = spawnInGroup(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      persist ? '60 1' : '',
      '--appendonly',
      'no',
    ],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url, child);
  return {
    url,
    stop: async () => {
      await stopInGroup(child, { graceMs: 3000 });
    },
    kill: async () => {
      await stopInGroup(child, { signal: 'SIGKILL', graceMs: 3000 });
    },
  };
}

async function waitForRedis(url: string, child: ChildProcess): Promise<void> {
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
