import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/jobs';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { createWorld } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

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
