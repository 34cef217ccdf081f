/*
 * Shared by the HTTP benchmarks: a throw-away database, the BUILT api (and optionally the worker) as
 * child processes on free ports — the same processes production runs — and a few measuring helpers.
 * Needs `npm run build:server` first.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
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
  stop(): Promise<void>;
}

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
    spawn(process.execPath, [api], { env, stdio: ['ignore', 'inherit', 'inherit'] }),
  ];
  if (options.smtpUrl) {
    const worker = join(ROOT, 'dist', 'apps', 'worker', 'src', 'main.js');
    children.push(spawn(process.execPath, [worker], { env, stdio: ['ignore', 'inherit', 'inherit'] }));
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
