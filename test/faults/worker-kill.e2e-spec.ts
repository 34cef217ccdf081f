import { createWorld, TestUser, World } from '../support/factories';
import { FaultBed, FULL, presentSchedulers, startFaultBed, waitUntil } from './support/fault-bed';
import { bookMany, ledgerOf, waitAllSettled } from './support/mail-ledger';
import { consultantsOf } from './support/people';

/**
 * Fault scenario "worker killed mid-burst": one of the two worker processes is SIGKILLed while the
 * bookings' mails go out. Its relay transaction rolls back, its active jobs are stalled and taken over
 * by the other worker (BullMQ's lock expiry, ~30 s), and a mail it left in `sending` is sent again
 * after the lease with the same Message-ID. So: no mail lost, and a recipient never sees two different
 * messages; a repeated copy (same Message-ID) can only come from the mails in flight at the kill — at
 * most the worker's concurrency. FAULTS_FULL=1: 150 bookings (CI: 30).
 */
const BOOKINGS = FULL ? 150 : 30;
const MAIL_CONCURRENCY = 4;

describe('Faults: a worker killed mid-burst', () => {
  let bed: FaultBed;
  let w: World;
  let people: TestUser[];

  beforeAll(async () => {
    bed = await startFaultBed({ workers: 2 });
    w = await createWorld(bed.db, bed.apis[0].http);
    people = await consultantsOf(bed.db, bed.apis[0].http, w, 12);
    await waitUntil(
      'the workers up',
      async () => (await presentSchedulers(bed.redis.url, bed.queuePrefix)).length > 0,
      60_000,
    );
  }, 120_000);
  afterAll(() => bed?.close());

  it('loses no mail and never sends one as two different messages', async () => {
    const booking = bookMany(bed, w, people, BOOKINGS);
    await bed.smtp.waitFor((messages) => messages.length >= BOOKINGS / 3, 60_000);
    await bed.workers[0].kill('SIGKILL');
    const killedAt = Date.now();
    const ids = await booking;
    await waitAllSettled(bed.db, ids, 150_000);
    const ledger = await ledgerOf(bed.db, bed.smtp.messages, ids);
    console.log(
      `worker-kill: ${BOOKINGS} bookings, all mails settled ${Date.now() - killedAt} ms after the kill; ${JSON.stringify(ledger)}`,
    );
    expect(ledger).toMatchObject({ lost: 0, distinctDuplicates: 0, sendLogMismatches: 0 });
    expect(ledger.duplicates).toBeLessThanOrEqual(MAIL_CONCURRENCY);
  }, 300_000);
});
