import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { spawnInGroup, stopInGroup } from './process-group';
import { repoRoot } from './repo-root';

export interface LocalPostgres {
  /** Server URL (database `postgres`); create databases on it with ensureDatabase(). */
  url: string;
  stop(): Promise<void>;
}

/** Starts an embedded PostgreSQL with its data under `dataDir`, in a child process, and waits until it is ready. */
export function startEmbeddedPostgres(dataDir: string, port: number): Promise<LocalPostgres> {
  const script = join(repoRoot(), 'scripts', 'local', 'embedded-postgres-process.cjs');
  const child = spawnInGroup(process.execPath, [script, dataDir, String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // SIGTERM: the wrapper asks PostgreSQL for a fast shutdown; if that hangs, its whole group is killed.
  const stop = async () => {
    await stopInGroup(child, { graceMs: 3000 });
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited (${code}): ${stderr.trim()}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('ready ')) resolve({ url: line.slice(6), stop });
    });
  });
}
