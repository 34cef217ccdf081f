/*
 * Shared by the HTTP benchmarks: a throw-away database, the BUILT api (and optionally the worker) as
 * child processes on free ports — the same processes production runs — and a few measuring helpers.
 * Needs `npm run build:server` first.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/database';
import { dropDatabase, ensureDatabase } from '../../scripts/local/ensure-database';

const ROOT = join(__dirname, '..', '..');
export const BENCH_PASSWORD = 'bench-password-1';

export interface BenchDatabase {
  url: string;
  db: DataSource;
  drop(): Promise<void>;
}

export async function benchDatabase(prefix: string): Promise<BenchDatabase> {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  server.pathname = `/${prefix}_${process.pid}`;
  const url = server.toString();
  await ensureDatabase(url);
  await runMigrations(url);
  const db = await new DataSource({ ...dataSourceOptions(url), entities: [] }).initialize();
  return {
    url,
    db,
    drop: async () => {
      await db.destroy();
      if (!process.env.KEEP_DB) await dropDatabase(url);
    },
  };
}

export const passwordHash = () => argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export interface BenchProcesses {
  baseUrl: string;
  /** CPU time (user + system, ms) each child has used so far: what it cost, however loaded the machine. */
  cpu(): { api: number; worker: number | null };
  stop(): Promise<void>;
}

/** User + system CPU time of a process of this machine, in ms (Linux /proc). */
export function processCpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

/**
 * CPU time so far of the PostgreSQL backends serving the bench database (all but the caller's own):
 * pid → ms. The server runs on this machine; the api's and the worker's pooled connections live on.
 */
export async function backendCpu(db: DataSource): Promise<Map<number, number>> {
  const rows: { pid: number }[] = await db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return new Map(rows.map(({ pid }) => [pid, processCpuMs(pid)]));
}

/** CPU ms the backends used between two `backendCpu` snapshots (a backend born in between counts whole). */
export function backendCpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) if (Number.isFinite(ms)) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

/** `CPU_PROF_DIR=<dir>` writes a V8 CPU profile of the api and the worker there when they stop. */
const profiling = () =>
  process.env.CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROF_DIR}`] : [];

/** Starts dist's api (and the worker when `smtpUrl` is given) against the bench database. */
export async function startApi(
  databaseUrl: string,
  options: { smtpUrl?: string } = {},
): Promise<BenchProcesses> {
  const api = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
  if (!existsSync(api)) throw new Error('Run `npm run build:server` before the HTTP benchmarks');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `sparring-bench-${process.pid}-${randomBytes(3).toString('hex')}`,
    SMTP_URL: options.smtpUrl ?? 'smtp://127.0.0.1:9',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    CASE_SUMMARY_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '1000000',
    MAX_ACTIVE_BOOKINGS_PER_CONSULTANT: '1000',
    DEMO_DATA: 'false',
  };
  const children: ChildProcess[] = [
    spawn(process.execPath, [...profiling(), api], { env, stdio: ['ignore', 'inherit', 'inherit'] }),
  ];
  if (options.smtpUrl) {
    const worker = join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js');
    children.push(
      spawn(process.execPath, [...profiling(), worker], { env, stdio: ['ignore', 'inherit', 'inherit'] }),
    );
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/health/live`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('The api did not start within 2 minutes');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return {
    baseUrl,
    cpu: () => ({
      api: processCpuMs(children[0].pid),
      worker: children[1] ? processCpuMs(children[1].pid) : null,
    }),
    stop: async () => {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

export async function login(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Times one request; the body is read completely. */
export async function timed(
  url: string,
  init: RequestInit,
): Promise<{ ms: number; response: Response; body: string }> {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.text();
  return { ms: performance.now() - started, response, body };
}

export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}

export const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

export const ms = (value: number) => `${value.toFixed(1)} ms`;
