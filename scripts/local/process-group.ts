import { ChildProcess, spawn, SpawnOptions } from 'node:child_process';

/**
 * The processes the local launcher and the test setup start, each in a process group of its own: the
 * terminal's Ctrl-C then reaches only the launcher, which stops them in order (api and worker before
 * Redis and PostgreSQL), and a stop can take a whole group down (PostgreSQL's server and backends).
 */
const groups = new Set<number>();

export function spawnInGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid !== undefined) groups.add(child.pid);
  return child;
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

/**
 * Sends `signal` to the child and waits up to `graceMs` for it to exit; whatever is left of its
 * process group after that is killed.
 */
export async function stopInGroup(
  child: ChildProcess,
  { signal = 'SIGTERM', graceMs }: { signal?: NodeJS.Signals; graceMs: number },
): Promise<'stopped' | 'killed'> {
  const pid = child.pid;
  if (pid === undefined) return 'stopped';
  let outcome: 'stopped' | 'killed' = 'stopped';
  if (!hasExited(child)) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)));
    if (await Promise.race([exited.then(() => false), timedOut])) {
      outcome = 'killed';
      signalGroup(pid, 'SIGKILL');
      await exited;
    }
    clearTimeout(timer);
  }
  signalGroup(pid, 'SIGKILL'); // members that outlived their leader
  groups.delete(pid);
  return outcome;
}

/** Last resort (a second Ctrl-C, a crash, the overall deadline): kill every group started here. */
export function killAllGroups(): void {
  for (const pid of groups) signalGroup(pid, 'SIGKILL');
  groups.clear();
}
