import { JobName, QueueName, RECURRING_JOBS } from '@app/jobs';
import { createWorld, TestUser, World } from '../support/factories';
import { FaultBed, FULL, presentSchedulers, startFaultBed, waitUntil, withQueues } from './support/fault-bed';
import { bookMany, ledgerOf, waitAllSettled } from './support/mail-ledger';
import { consultantsOf } from './support/people';

/**
 * The mail fault scenarios on one test bed (two api replicas, two worker processes, its own Redis
 * without persistence and its own SMTP server), one after the other: a worker killed mid-burst, SMTP
 * answering 451 with an outage, Redis killed and restarted empty. Each checks every booking's mails
 * against the send log and the database. FAULTS_FULL=1 (`npm run test:faults`) runs them at full size.
 */
const SIZE = FULL
  ? { killBookings: 150, smtpBookings: 200, outageMs: 20_000, redisBookings: 200 }
  : { killBookings: 30, smtpBookings: 30, outageMs: 8_000, redisBookings: 30 };
const MAIL_CONCURRENCY = 4;
const CATCH_UP_LIMIT_MS = 120_000;
const ALL_SCHEDULERS = RECURRING_JOBS.map((r) => r.schedule.id).sort();

describe('Faults: mail delivery', () => {
  let bed: FaultBed;
  let w: World;
  let people: TestUser[];

  beforeAll(async () => {
    bed = await startFaultBed({ workers: 2 });
    w = await createWorld(bed.db, bed.apis[0].http);
    people = await consultantsOf(bed.db, bed.apis[0].http, w, 12);
    await waitUntil(
      'the workers registering the schedulers',
      async () => (await presentSchedulers(bed.redis.url, bed.queuePrefix)).length === ALL_SCHEDULERS.length,
      90_000,
    );
  }, 150_000);
  afterAll(() => bed?.close());

  /**
   * Its relay transaction rolls back, its active jobs are taken over by the other worker when their
   * 10 s locks expire, and a mail it left in `sending` is sent again after the lease with the same
   * Message-ID. So no mail is lost and no recipient sees two different messages; a repeated copy can
   * only come from the mails in flight at the kill — at most the worker's concurrency.
   */
  it('a worker killed mid-burst: no mail lost, never two different messages', async () => {
    const booking = bookMany(bed, w, people, SIZE.killBookings);
    await bed.smtp.waitFor((messages) => messages.length >= SIZE.killBookings / 3, 60_000);
    await bed.workers[0].kill('SIGKILL');
    const killedAt = Date.now();
    const ids = await booking;
    await waitAllSettled(bed.db, ids, 150_000);
    const ledger = await ledgerOf(bed.db, bed.smtp.messages, ids);
    console.log(
      `worker-kill: ${SIZE.killBookings} bookings, all mails settled ${Date.now() - killedAt} ms after the kill; ${JSON.stringify(ledger)}`,
    );
    expect(ledger).toMatchObject({ lost: 0, distinctDuplicates: 0, sendLogMismatches: 0 });
    expect(ledger.duplicates).toBeLessThanOrEqual(MAIL_CONCURRENCY);
    bed.replaceWorker(0);
  }, 300_000);

  /**
   * 30 % of the messages answered 451, and the server gone for a while in the middle of the burst. An
   * unreachable server pauses the queue (no attempts spent), retries are capped at 20 s: the backlog
   * must be delivered within 2 minutes of the server answering again, each mail once.
   */
  it('SMTP answering 451 and going down: the backlog within 2 minutes of its return, each mail once', async () => {
    let refused = 0;
    bed.smtp.rejectWith = () => {
      if (Math.random() >= 0.3) return null;
      refused++;
      return { code: 451, message: '4.3.0 Midlertidig fejl, prøv igen senere' };
    };
    try {
      const before = bed.smtp.messages.length;
      const booking = bookMany(bed, w, people, SIZE.smtpBookings);
      // The outage begins once a fifth of the mails went through: the burst is under way.
      await bed.smtp.waitFor((messages) => messages.length - before >= (SIZE.smtpBookings * 2) / 5, 90_000);
      await bed.smtp.stop();
      const ids = await booking;
      await new Promise((resolve) => setTimeout(resolve, SIZE.outageMs)); // the outage itself
      await bed.smtp.start();
      const back = Date.now();
      await waitAllSettled(bed.db, ids, CATCH_UP_LIMIT_MS + 30_000);
      const catchUpMs = Date.now() - back;
      const ledger = await ledgerOf(bed.db, bed.smtp.messages, ids);
      console.log(
        `smtp-outage: ${SIZE.smtpBookings} bookings (${ledger.expected} mails), ${refused} answers 451, ` +
          `outage ${SIZE.outageMs} ms, backlog delivered ${catchUpMs} ms after the server came back; ${JSON.stringify(ledger)}`,
      );
      expect(ledger).toMatchObject({ lost: 0, duplicates: 0, distinctDuplicates: 0, sendLogMismatches: 0 });
      expect(catchUpMs).toBeLessThan(CATCH_UP_LIMIT_MS);
    } finally {
      bed.smtp.rejectWith = () => null;
    }
  }, 400_000);

  /**
   * Redis SIGKILLed with the mail jobs waiting (SMTP down, so none went out), back empty. Without a
   * worker restart the schedulers return and every booking gets exactly one mail per participant;
   * readiness stays up throughout, the detailed report shows Redis down.
   */
  it('Redis killed and restarted empty: no mail lost or doubled, schedulers back without a worker restart', async () => {
    await bed.smtp.stop(); // the mails wait in Redis
    const ids = await bookMany(bed, w, people, SIZE.redisBookings);
    await waitUntil(
      'every outbox row relayed into Redis',
      async () => {
        const [{ pending }] = await bed.db.query(
          `SELECT count(*)::int AS pending FROM outbox_messages WHERE processed_at IS NULL`,
        );
        return pending === 0;
      },
      30_000,
    );
    await bed.redis.kill();
    await bed.apis[0].http.get('/health/ready').expect(200);
    const down = await bed.apis[1].http.get('/health/details');
    expect(down.status).toBe(503);
    expect(down.body.error.redis.status).toBe('down');

    await bed.redis.start(); // empty
    const restartedAt = Date.now();
    const present = await waitUntil(
      'the schedulers registered again',
      async () => {
        const found = await presentSchedulers(bed.redis.url, bed.queuePrefix);
        return found.length === ALL_SCHEDULERS.length ? found : undefined;
      },
      60_000,
      100,
    );
    const reRegisteredMs = Date.now() - restartedAt;
    expect(present.sort()).toEqual(ALL_SCHEDULERS);
    const healthy = await bed.apis[0].http.get('/health/details');
    expect(healthy.status).toBe(200);

    await bed.smtp.start();
    await waitAllSettled(bed.db, ids, 120_000);
    const ledger = await ledgerOf(bed.db, bed.smtp.messages, ids);
    console.log(
      `redis-loss: ${SIZE.redisBookings} bookings, schedulers back ${reRegisteredMs} ms after the restart, ` +
        `all mails settled ${Date.now() - restartedAt} ms after it; ${JSON.stringify(ledger)}`,
    );
    expect(ledger).toMatchObject({ lost: 0, duplicates: 0, distinctDuplicates: 0, sendLogMismatches: 0 });
    expect(ledger.bookings).toBe(SIZE.redisBookings);
  }, 300_000);

  /**
   * The duplicate window: a worker dies after the SMTP server accepted a mail but before the send log
   * said `sent` (simulated: the row put back to `sending` from a minute ago, the job gone from Redis).
   * The reconciler enqueues the event again; only that recipient gets the mail again — with the same
   * Message-ID, so mail clients collapse the two.
   */
  it('a mail left in `sending` is sent again once, with the same Message-ID', async () => {
    const [id] = await bookMany(bed, w, people, 1);
    await waitAllSettled(bed.db, [id], 60_000);
    const [outbox] = await bed.db.query(`SELECT id FROM outbox_messages WHERE payload->>'bookingId' = $1`, [
      id,
    ]);
    const [[{ recipient, message_id: messageId }]] = await bed.db.query(
      `UPDATE mail_sends SET status = 'sending', sending_since = now() - interval '1 minute', sent_at = NULL
       WHERE booking_id = $1 AND recipient = (SELECT email FROM users WHERE id = (SELECT consultant_id FROM bookings WHERE id = $1))
       RETURNING recipient, message_id`,
      [id],
    );
    await bed.db.query(`UPDATE outbox_messages SET settled_at = NULL WHERE id = $1`, [outbox.id]);
    await withQueues(bed.redis.url, bed.queuePrefix, async (queue) => {
      await queue(QueueName.Mail).remove(outbox.id);
      await queue(QueueName.Mail).add(JobName.ReconcileOutboxMails, {});
    });
    await waitAllSettled(bed.db, [id], 60_000);
    const copies = (to: string) =>
      bed.smtp.messages.filter((m) => m.text.includes(id) && m.envelopeTo.includes(to.toLowerCase()));
    const again = copies(recipient);
    expect(again).toHaveLength(2);
    for (const copy of again) expect(copy.raw).toContain(`Message-ID: ${messageId}`);
    expect(copies(w.contactA.email)).toHaveLength(1);
    const [row] = await bed.db.query(`SELECT status FROM mail_sends WHERE message_id = $1`, [messageId]);
    expect(row.status).toBe('sent');
  }, 120_000);

  it('the detailed health report names the missing schedulers when no worker is there to put them back', async () => {
    await Promise.all(bed.workers.map((worker) => worker.kill('SIGTERM')));
    await bed.redis.kill();
    await bed.redis.start();
    const report = await waitUntil(
      'the api reconnecting to the new Redis',
      async () => {
        const res = await bed.apis[0].http.get('/health/details');
        return res.body.error?.schedulers?.missing ? res : undefined;
      },
      30_000,
    );
    expect(report.status).toBe(503);
    expect([...report.body.error.schedulers.missing].sort()).toEqual(ALL_SCHEDULERS);
    expect(report.body.info.redis.status).toBe('up');
    await bed.apis[1].http.get('/health/ready').expect(200);
  }, 120_000);
});
