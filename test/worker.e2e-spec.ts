import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/jobs';
import { MailProcessor } from '../apps/worker/src/processors/mail.processor';
import { RemindersProcessor } from '../apps/worker/src/processors/reminders.processor';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { buildChanged } from './support/build-changed';
import { createWorld } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

describe('Worker: the slot horizon job on a real BullMQ queue', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    t = await createTestApp();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    const config = worker.get(AppConfig);
    const connection = { url: config.redisUrl };
    queue = new Queue(QueueName.Scheduling, { connection, prefix: config.queuePrefix });
    events = new QueueEvents(QueueName.Scheduling, { connection, prefix: config.queuePrefix });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await queue.close();
    await worker.close();
    await t.close();
  });

  const runHorizonJob = async () => {
    const job = await queue.add(JobName.ExtendSlotHorizon, {});
    return job.waitUntilFinished(events, 30_000);
  };

  it('registers the nightly schedule on purpose', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'nightly-slot-horizon', pattern: '0 2 * * *' }),
      ]),
    );
  });

  it('materialises a series up to the horizon, and a second run creates nothing', async () => {
    const db = worker.get(DataSource);
    const w = await createWorld(t.db, t.http);
    const today = new Date().toISOString().slice(0, 10);
    const [series] = await db.query(
      `INSERT INTO slot_series (contact_id, kind, municipality_ids, weekday, start_time, interval_weeks, starts_on, include_public_holidays)
       VALUES ($1, 'sparring', $2, 2, '09:00', 1, $3, true) RETURNING id`,
      [w.contactA.id, [w.municipalityA], today],
    );
    await runHorizonJob();
    const count = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM slots WHERE series_id = $1`, [series.id]))[0]
        .n as number;
    const first = await count();
    expect(first).toBeGreaterThanOrEqual(25); // 26 weeks ahead, every Tuesday (holidays included on purpose)
    expect(first).toBeLessThanOrEqual(27);
    const offers = await db.query(
      `SELECT DISTINCT o.municipality_id FROM slot_offers o JOIN slots s ON s.id = o.slot_id WHERE s.series_id = $1`,
      [series.id],
    );
    expect(offers).toEqual([{ municipality_id: w.municipalityA }]);

    await runHorizonJob();
    expect(await count()).toBe(first);
  });
});

/** The compiled health-check script, as the container runs it (built in beforeAll when missing). */
const healthScript = join(__dirname, '..', 'dist', 'scripts', 'worker-health.js');

describe('Worker health and concurrency (container settings)', () => {
  const heartbeat = join(tmpdir(), `sparring-heartbeat-${process.pid}-${Date.now()}`);
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await buildChanged({ unlessExists: healthScript });
    process.env.WORKER_HEARTBEAT_FILE = heartbeat;
    process.env.WORKER_CONCURRENCY = '4';
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  }, 240_000);
  afterAll(async () => {
    await worker.close();
    delete process.env.WORKER_HEARTBEAT_FILE;
    delete process.env.WORKER_CONCURRENCY;
    rmSync(heartbeat, { force: true });
  });

  it('touches the heartbeat file while PostgreSQL and Redis answer; the health check reads its age', async () => {
    await waitFor(() => existsSync(heartbeat), { what: 'the first heartbeat' });
    expect(Date.now() - statSync(heartbeat).mtimeMs).toBeLessThan(15_000);
    expect(workerHealth(heartbeat, 60)).toBe(0);
    const old = new Date(Date.now() - 120_000);
    utimesSync(heartbeat, old, old);
    expect(workerHealth(heartbeat, 60)).toBe(1);
  });

  it('runs WORKER_CONCURRENCY mail and reminder jobs at once', () => {
    expect(worker.get(MailProcessor).worker.concurrency).toBe(4);
    expect(worker.get(RemindersProcessor).worker.concurrency).toBe(4);
  });
});

function workerHealth(file: string, maxAgeSeconds: number): number | null {
  return spawnSync(process.execPath, [healthScript, file, String(maxAgeSeconds)]).status;
}
