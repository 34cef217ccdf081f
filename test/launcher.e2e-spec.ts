import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { freePort } from '../scripts/local/free-port';
import { buildChanged } from './support/build-changed';
import { waitFor } from './support/wait-for';

// `npm start` with nothing configured: embedded PostgreSQL, redis-server and the mail catcher started
// by the launcher, then stopped in order on Ctrl-C (SIGINT to the terminal's process group) or SIGTERM.
const root = join(__dirname, '..');
const STOP_LIMIT_MS = 10_000;

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
  command: string;
}

function processes(): Proc[] {
  const all: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const [state, ppid, pgid] = stat.slice(close + 2).split(' ');
      // Not `comm`: Node 24 names its main thread "MainThread". The program's name from argv[0] instead.
      const argv0 = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0] ?? '';
      all.push({
        pid: Number(entry),
        ppid: Number(ppid),
        pgid: Number(pgid),
        state: state!,
        command: basename(argv0.split(' ')[0]!),
      });
    } catch {
      // exited while we looked
    }
  }
  return all;
}

function descendantsOf(pid: number): Proc[] {
  const all = processes();
  const found: Proc[] = [];
  let frontier = [pid];
  while (frontier.length) {
    const children = all.filter((p) => frontier.includes(p.ppid));
    found.push(...children);
    frontier = children.map((p) => p.pid);
  }
  return found;
}

/** Processes still alive (zombies waiting for a reaper count as gone) among `pids`, or in `pgids`. */
function survivors(pids: number[], pgids: number[]): Proc[] {
  return processes().filter((p) => p.state !== 'Z' && (pids.includes(p.pid) || pgids.includes(p.pgid)));
}

describe('npm start (scripts/start.ts) with nothing configured', () => {
  let dataDir: string;
  let foreign: Server;
  let foreignPort: number;

  beforeAll(async () => {
    // What `npm start` runs first: the incremental build (quick when dist/ is current).
    await buildChanged();
    dataDir = mkdtempSync(join(tmpdir(), 'sparring-launcher-'));
    chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data folder
    // Another program on the wanted port that answers every request with 200: the launcher must not
    // take it for the api.
    foreign = createServer((_req, res) => res.end('{"status":"ok"}'));
    foreignPort = await freePort();
    await new Promise<void>((resolve) => foreign.listen(foreignPort, '0.0.0.0', resolve));
  }, 240_000);
  // A failed assertion must not leave a launcher and its services running (nor keep Jest alive).
  const launched: number[] = [];
  afterEach(() => {
    for (const pid of launched.splice(0)) {
      const groups = new Set([pid, ...descendantsOf(pid).map((p) => p.pgid)]);
      for (const group of groups) {
        try {
          process.kill(-group, 'SIGKILL');
        } catch {
          // gone already
        }
      }
    }
  });
  afterAll(async () => {
    foreign.closeAllConnections();
    await new Promise((resolve) => foreign.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  const launch = (): { child: ChildProcess; output: () => string } => {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env))
      if (
        !/^(DATABASE_URL|REDIS_URL|SMTP_URL|AUTH_SECRET|CASE_SUMMARY_KEY|APP_URL|NODE_ENV|QUEUE_PREFIX|DEMO_DATA|SPARRING_|TEST_)/.test(
          key,
        )
      )
        env[key] = value;
    Object.assign(env, {
      PORT: String(foreignPort),
      SPARRING_DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    });
    // Its own process group, like a shell job: a terminal's Ctrl-C signals the whole group.
    const child = spawn(process.execPath, [join(root, 'dist', 'scripts', 'start.js')], {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launched.push(child.pid!);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return { child, output: () => output };
  };

  const runUntilReady = async () => {
    const launched = launch();
    const exited = new Promise<number | null>((resolve) =>
      launched.child.once('exit', (code) => resolve(code)),
    );
    const port = await waitFor(
      () => {
        if (launched.child.exitCode !== null) throw new Error(`launcher exited early:\n${launched.output()}`);
        const match = /kører på http:\/\/localhost:(\d+)/.exec(launched.output());
        return match ? Number(match[1]) : undefined;
      },
      { timeout: 150_000, what: 'the banner' },
    );
    const tree = descendantsOf(launched.child.pid!);
    return { ...launched, exited, port, tree };
  };

  const expectOrderlyStop = async (
    run: Awaited<ReturnType<typeof runUntilReady>>,
    signal: () => void,
  ): Promise<void> => {
    const commands = run.tree.map((p) => p.command);
    expect(commands).toEqual(expect.arrayContaining(['redis-server', 'postgres']));
    expect(commands.filter((c) => c === 'node').length).toBeGreaterThanOrEqual(3); // api, worker, PG wrapper
    const started = Date.now();
    signal();
    const code = await Promise.race([
      run.exited,
      new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_LIMIT_MS)),
    ]);
    const took = Date.now() - started;
    expect({ code, output: code === 0 ? '' : run.output() }).toEqual({ code: 0, output: '' });
    expect(took).toBeLessThan(STOP_LIMIT_MS);
    const pids = run.tree.map((p) => p.pid);
    const pgids = [...new Set(run.tree.map((p) => p.pgid))];
    expect(survivors([...pids, run.child.pid!], pgids)).toEqual([]);
  };

  it('takes the next free port, checks it reaches this api, and stops everything in order on Ctrl-C', async () => {
    const run = await runUntilReady();
    expect(run.output()).toContain(`Port ${foreignPort} is already in use`);
    expect(run.port).not.toBe(foreignPort);
    const live = await (await fetch(`http://127.0.0.1:${run.port}/health/live`)).json();
    expect(live).toEqual({ status: 'ok', instance: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect((await fetch(`http://127.0.0.1:${run.port}/health/ready`)).status).toBe(200);
    expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    await expectOrderlyStop(run, () => process.kill(-run.child.pid!, 'SIGINT'));
    expect(run.output()).toContain('Stopping');
  }, 240_000);

  it('stops the same way on SIGTERM to the launcher alone', async () => {
    const run = await runUntilReady();
    await expectOrderlyStop(run, () => run.child.kill('SIGTERM'));
  }, 240_000);
});
