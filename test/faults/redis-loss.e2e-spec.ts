import { RECURRING_JOBS } from '@app/jobs';
import { createWorld, TestUser, World } from '../support/factories';
import { FaultBed, FULL, presentSchedulers, startFaultBed, waitUntil } from './support/fault-bed';
import { bookMany, ledgerOf, waitAllSettled } from './support/mail-ledger';
import { consultantsOf } from './support/people';

/**
 * Fault scenario "Redis killed": Redis (no persistence) is SIGKILLed with the bookings' mail jobs
 * waiting (the SMTP server is down, so none has gone out) and comes back empty. Without a worker
 * restart the job schedulers must be back, and every booking must get exactly one mail per
 * participant — the outbox reconciler re-enqueues what Redis lost, the send log prevents doubles.
 * Readiness stays up all along (requests need only PostgreSQL); the detailed report shows Redis and
 * missing schedulers. FAULTS_FULL=1: 200 bookings (CI: 30).
 */
const BOOKINGS = FULL ? 200 : 30;
const ALL_SCHEDULERS = RECURRING_JOBS.map((r) => r.schedule.id).sort();

describe('Faults: Redis killed and restarted empty', () => {
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
      60_000,
    );
  }, 120_000);
  afterAll(() => bed?.close());

  it('loses no mail, sends none twice, and the schedulers come back without a worker restart', async () => {
    await bed.smtp.stop(); // the mails wait in Redis
    const ids = await bookMany(bed, w, people, BOOKINGS);
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
    // Redis is gone: requests still work and readiness says so; the detailed report says Redis is down.
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
    expect(healthy.body.info.schedulers.status).toBe('up');

    await bed.smtp.start();
    await waitAllSettled(bed.db, ids, 120_000);
    const deliveredMs = Date.now() - restartedAt;
    const ledger = await ledgerOf(bed.db, bed.smtp.messages, ids);
    console.log(
      `redis-loss: ${BOOKINGS} bookings, schedulers back ${reRegisteredMs} ms after the restart, ` +
        `all mails settled ${deliveredMs} ms after it; ${JSON.stringify(ledger)}`,
    );
    expect(ledger).toMatchObject({ lost: 0, duplicates: 0, distinctDuplicates: 0, sendLogMismatches: 0 });
    expect(ledger.bookings).toBe(BOOKINGS);
  }, 300_000);

  it('the detailed health report names the schedulers when no worker is there to put them back', async () => {
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
