import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { waitFor } from '../../support/wait-for';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');
const LAUNCHER = join(REPO_ROOT, 'dist', 'scripts', 'start.js');
const READY_TIMEOUT_MS = 180_000;

export interface Platform {
  baseUrl: string;
  mailApiUrl: string;
  databaseUrl: string;
  child: ChildProcess;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function databaseUrlFor(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function waitForReady(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  await waitFor(
    async () => {
      if (child.exitCode !== null)
        throw new Error(`The platform exited with code ${child.exitCode}; see ${logFile}`);
      try {
        return (await fetch(`${baseUrl}/health/ready`)).status === 200;
      } catch {
        return false; // not listening yet
      }
    },
    { timeout: READY_TIMEOUT_MS, interval: 250, what: `the platform to be ready (see ${logFile})` },
  );
}

/**
 * Starts the built platform on free ports with a fresh database, its own queue prefix and the
 * launcher's local SMTP catcher, and waits until /health/ready answers 200.
 */
export async function startPlatform(): Promise<Platform> {
  if (!existsSync(LAUNCHER))
    throw new Error(`${LAUNCHER} is missing: run \`npm run build\` before the browser tests.`);
  mkdirSync(RESULTS_DIR, { recursive: true });

  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const [port, mailUiPort] = [await freePort(), await freePort()];
  const pgServer = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databaseUrl = databaseUrlFor(pgServer, `sparring_browser_${runId}`);
  const baseUrl = `http://localhost:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    APP_URL: baseUrl,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `sparring-browser-${runId}`,
    MAIL_UI_PORT: String(mailUiPort),
    DEMO_DATA: 'true',
    // Each session its own video room (issue 15); the contact journey checks a new link replaces it.
    VIDEO_ROOM_URL_TEMPLATE:
      process.env.VIDEO_ROOM_URL_TEMPLATE ?? 'https://video.sparring.test/sparring/{id}',
    // The acute notice shows it (consultant journey spec).
    ACUTE_PHONE: '70 10 20 30',
    NODE_ENV: 'development',
  };
  delete env.SMTP_URL; // the launcher then starts its own mail catcher with a JSON inbox

  const logFile = join(RESULTS_DIR, 'browser-platform.log');
  const log = createWriteStream(logFile);
  // detached: the launcher gets its own process group, so api and worker can be stopped with it.
  const child = spawn(process.execPath, [LAUNCHER], {
    cwd: REPO_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  try {
    await waitForReady(baseUrl, child, logFile);
  } catch (error) {
    await stopPlatform({ baseUrl, mailApiUrl: '', databaseUrl, child });
    throw error;
  }
  return { baseUrl, mailApiUrl: `http://127.0.0.1:${mailUiPort}/api/messages`, databaseUrl, child };
}

export async function stopPlatform(platform: Platform): Promise<void> {
  const { child } = platform;
  if (child.exitCode === null && child.pid) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  await dropDatabase(platform.databaseUrl);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/^sparring_browser_[a-z0-9_]+$/.test(name)) return;
  const client = new Client({
    connectionString: process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } catch (error) {
    console.warn(`Could not drop ${name}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
