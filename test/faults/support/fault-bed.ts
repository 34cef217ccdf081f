import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { QueueName, RECURRING_JOBS } from '@app/jobs';
import { dropDatabase } from '../../../scripts/local/ensure-database';
import { freePort } from '../../../scripts/local/free-port';
import { MailCatcher } from '../../../scripts/local/mail-catcher';
import { LocalRedis, startRedisServer } from '../../../scripts/local/redis-server';
import { repoRoot } from '../../../scripts/local/repo-root';
import { copyTemplate } from '../../support/test-databases';
import { waitFor } from '../../support/wait-for';
import { databaseUrl as databaseUrlOf, readTestRun, runDatabasePrefix } from '../../support/test-env-file';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * The fault test bed: everything a scenario breaks belongs to the scenario — a database of its own on
 * the run's PostgreSQL server, copied from the run's migrated template (so no other spec's outbox
 * rows are relayed), a redis-server without persistence on a free port (killed and restarted empty;
 * the machine's Redis is never touched), an SMTP server it can make answer 451 or go away, two api
 * replicas and two worker PROCESSES. Nothing is shared with the spec files of other Jest workers, so
 * the fault specs run in parallel with them.
 *
 * The workers are real processes (`node bench/run-ts.js apps/worker/src/main.ts`, the worker's own
 * entry point, compiled on the fly — no build needed) so that "worker killed" is a SIGKILL, as in
 * production. The api replicas are in-process Nest apps (the same AppModule and bootstrap as
 * production): no scenario kills an api, and in-process replicas start in a second.
 */
export interface FaultBed {
  db: DataSource;
  apis: TestApp[];
  redis: FaultRedis;
  smtp: MailCatcher;
  smtpPort: number;
  workers: WorkerProcess[];
  queuePrefix: string;
  /** A new worker process in place of workers[index] (after a kill). */
  replaceWorker(index: number): WorkerProcess;
  close(): Promise<void>;
}

export interface FaultRedis {
  url: string;
  kill(): Promise<void>;
  /** Starts it again on the same port — empty. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface WorkerProcess {
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
  output(): string;
}

export const FULL = process.env.FAULTS_FULL === '1';

export async function startFaultRedis(): Promise<FaultRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'sparring-fault-redis-'));
  const port = await freePort();
  let server: LocalRedis = await startRedisServer(dir, port, { persist: false });
  return {
    url: server.url,
    kill: () => server.kill(),
    start: async () => {
      server = await startRedisServer(dir, port, { persist: false });
    },
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Environment of the bed's api replicas (this process) and worker processes. */
function bedEnv(databaseUrl: string, redisUrl: string, smtpUrl: string, queuePrefix: string) {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SMTP_URL: smtpUrl,
    QUEUE_PREFIX: queuePrefix,
    // A worker killed mid-send: its mails are sent again after this (the production default is 60s).
    MAIL_SENDING_LEASE: '5s',
    MAX_ACTIVE_BOOKINGS_PER_CONSULTANT: '1000',
  };
}

export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  const root = repoRoot();
  let log = '';
  const child = spawn(
    process.execPath,
    [join(root, 'bench/run-ts.js'), join(root, 'apps/worker/src/main.ts')],
    {
      cwd: root,
      env: { ...process.env, ...env, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return {
    child,
    output: () => log,
    kill: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

export async function startFaultBed(options: { workers?: number } = {}): Promise<FaultBed> {
  const id = `${Date.now()}_${randomBytes(3).toString('hex')}`;
  // A copy of the run's migrated template, named so the run's teardown drops it if close() never ran.
  const run = readTestRun();
  const databaseUrl = databaseUrlOf(run, `${runDatabasePrefix(run)}faults_${id}`);
  await copyTemplate(databaseUrlOf(run, run.templateDatabase), databaseUrl);

  const redis = await startFaultRedis();
  const smtpPort = await freePort();
  const smtp = await new MailCatcher(smtpPort).start();
  const queuePrefix = `sparring-faults-${id}`;
  const env = bedEnv(databaseUrl, redis.url, smtp.smtpUrl, queuePrefix);
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const apis = [await createTestApp(), await createTestApp()];
  const workers = Array.from({ length: options.workers ?? 2 }, () => startWorkerProcess(env));

  return {
    db: apis[0].db,
    apis,
    redis,
    smtp,
    smtpPort,
    workers,
    queuePrefix,
    replaceWorker: (index) => (workers[index] = startWorkerProcess(env)),
    close: async () => {
      // Every step runs even if an earlier one fails: a redis-server left behind keeps Jest alive.
      const steps: (() => Promise<unknown>)[] = [
        () => Promise.all(workers.map((w) => w.kill('SIGTERM'))),
        ...apis.map((api) => () => api.close()),
        () => smtp.stop(),
        () => redis.stop(),
        () => dropDatabase(databaseUrl),
      ];
      const errors: unknown[] = [];
      for (const step of steps) await step().catch((error: unknown) => errors.push(error));
      process.env = saved;
      if (errors.length) console.warn('fault bed: shutdown errors', errors);
    },
  };
}

/** The fault scenarios' spelling of `waitFor`: errors while a process restarts mean "not yet". */
export function waitUntil<T>(
  what: string,
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs: number,
  intervalMs = 200,
): Promise<T> {
  return waitFor(check, { what, timeout: timeoutMs, interval: intervalMs, retryErrors: true });
}

/**
 * Runs `fn` with queues on a connection of the test's own, dropped afterwards whatever happens (a
 * queue's close() throws while Redis reconnects, and a connection left behind keeps Jest alive).
 */
export async function withQueues<T>(
  redisUrl: string,
  prefix: string,
  fn: (queue: (name: QueueName) => Queue) => Promise<T>,
): Promise<T> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', () => undefined);
  const queues = new Map<QueueName, Queue>();
  const queue = (name: QueueName) => {
    if (!queues.has(name)) queues.set(name, new Queue(name, { connection: redis, prefix }));
    return queues.get(name)!;
  };
  try {
    return await fn(queue);
  } finally {
    for (const q of queues.values()) await q.close().catch(() => undefined);
    redis.disconnect();
  }
}

/** The job schedulers present in the bed's Redis. */
export function presentSchedulers(redisUrl: string, prefix: string): Promise<string[]> {
  return withQueues(redisUrl, prefix, async (queue) => {
    const present: string[] = [];
    for (const { queue: name, schedule } of RECURRING_JOBS)
      if (await queue(name).getJobScheduler(schedule.id)) present.push(schedule.id);
    return present;
  });
}
