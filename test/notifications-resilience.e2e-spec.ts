import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { BookingReadRepository } from '@app/booking';
import { QueueName } from '@app/jobs';
import { loadConfig } from '@app/config';
import {
  NotificationBookingRepository,
  OutboxRelay,
  OutboxRelayRepository,
  ReminderScheduler,
} from '@app/notifications';
import { MailCatcher } from '../scripts/local/mail-catcher';
import { freePort } from '../scripts/local/free-port';
import { LocalRedis, startRedisServer } from '../scripts/local/redis-server';
import { auth, bookingBody, createSlot, createWorld } from './support/factories';
import {
  aboutBooking,
  drainMailBacklog,
  mailsTo,
  startMailCatcher,
  startWorker,
  waitForBookingMailsSettled,
  waitForWorkerConnections,
} from './support/mail-world';
import { createTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/** Runs against a redis-server of its own, so it can stop Redis without touching the machine's. */
describe('Notifications: Redis down and a worker dying mid-batch lose nothing and send nothing twice', () => {
  let t: TestApp;
  let catcher: MailCatcher;
  let redis: LocalRedis;
  let port: number;
  const dir = mkdtempSync(join(tmpdir(), 'sparring-redis-'));

  beforeAll(async () => {
    catcher = await startMailCatcher();
    port = await freePort();
    redis = await startRedisServer(dir, port);
    process.env.REDIS_URL = redis.url;
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
    await catcher.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('books fast while Redis is down; the mails go out once Redis is back', async () => {
    const worker = await startWorker();
    try {
      // What earlier spec files of this Jest worker left in the outbox goes first, while Redis is up:
      // the relay works oldest first, so with Redis down it would keep failing on those rows.
      await drainMailBacklog(worker, 60_000);
      const w = await createWorld(t.db, t.http);
      const slot = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
      await redis.stop();
      const started = Date.now();
      const res = await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(slot));
      expect(res.status).toBe(201);
      expect(Date.now() - started).toBeLessThan(2_000);
      const id = res.body.id as string;
      // The relay has tried this event with Redis away and put it back for later: waiting, not lost.
      const row = await waitFor(
        async () => {
          const [found] = await t.db.query(
            `SELECT processed_at, attempts, last_error FROM outbox_messages WHERE payload->>'bookingId' = $1`,
            [id],
          );
          return found?.attempts > 0 ? found : undefined;
        },
        { timeout: 20_000, what: 'the relay to try the event while Redis is down' },
      );
      expect(row).toMatchObject({ processed_at: null, last_error: expect.any(String) });
      expect(aboutBooking(catcher.messages, id)).toHaveLength(0);

      redis = await startRedisServer(dir, port);
      await catcher.waitFor((m) => aboutBooking(m, id).length >= 2, 45_000);
      await waitForBookingMailsSettled(t.db, [id]); // done: no second copy can follow
      expect(mailsTo(aboutBooking(catcher.messages, id), w.consultantA.email)).toHaveLength(1);
      expect(mailsTo(aboutBooking(catcher.messages, id), w.contactA.email)).toHaveLength(1);
      await waitForWorkerConnections(worker); // before the close: see there
    } finally {
      await worker.close();
    }
  }, 150_000);

  it('a relay that dies after enqueueing part of a batch rolls back; the next relay sends each mail once', async () => {
    const w = await createWorld(t.db, t.http);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const slot = await createSlot(t.db, {
        contactId: w.contactA.id,
        municipalityIds: [w.municipalityA],
        startsInMs: (8 + i) * 24 * 3600_000,
      });
      const res = await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(slot));
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    // A relay whose process "dies" after two enqueues: its database session is killed mid-transaction,
    // exactly what PostgreSQL sees when a worker is killed.
    const queue = new Queue(QueueName.Mail, {
      connection: { url: redis.url },
      prefix: process.env.QUEUE_PREFIX,
    });
    let adds = 0;
    const dying = {
      add: async (...args: Parameters<Queue['add']>) => {
        const job = await queue.add(...args);
        if (++adds === 2)
          await t.db.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE pid <> pg_backend_pid() AND datname = current_database() AND state = 'idle in transaction'`,
          );
        return job;
      },
      remove: (id: string) => queue.remove(id),
    } as unknown as Queue;
    const helper = await startWorkerlessRelay(t.db, dying);
    try {
      await expect(helper.relay.relayBatch(200)).rejects.toThrow();
    } finally {
      await helper.close();
      await queue.close();
    }
    expect(adds).toBe(2);
    const pending = await t.db.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE processed_at IS NULL AND payload->>'bookingId' = ANY($1)`,
      [ids],
    );
    expect(pending[0].n).toBe(4); // rolled back: nothing marked, nothing lost

    const worker = await startWorker();
    try {
      await catcher.waitFor((m) => ids.every((id) => aboutBooking(m, id).length >= 2), 30_000);
      await waitForBookingMailsSettled(t.db, ids); // done: no second copy can follow
      for (const id of ids) {
        expect(mailsTo(aboutBooking(catcher.messages, id), w.consultantA.email)).toHaveLength(1);
        expect(mailsTo(aboutBooking(catcher.messages, id), w.contactA.email)).toHaveLength(1);
      }
    } finally {
      await worker.close();
    }
  }, 90_000);
});

/** A relay built by hand (no polling loop, no other worker running), with the given mail queue. */
async function startWorkerlessRelay(db: DataSource, mail: Queue) {
  const dataSource = new DataSource(db.options);
  await dataSource.initialize();
  const bookings = new NotificationBookingRepository(
    dataSource,
    new BookingReadRepository(dataSource),
    loadConfig(),
  );
  const reminders = {
    schedule: async () => 0,
    supersede: async () => undefined,
  } as unknown as ReminderScheduler;
  return {
    relay: new OutboxRelay(dataSource, mail, reminders, bookings, new OutboxRelayRepository()),
    close: () => dataSource.destroy(),
  };
}
