import { createWorld, TestUser, World } from '../support/factories';
import { FaultBed, FULL, presentSchedulers, startFaultBed, waitUntil } from './support/fault-bed';
import { bookMany, ledgerOf, waitAllSettled } from './support/mail-ledger';
import { consultantsOf } from './support/people';

/**
 * Fault scenario "SMTP answers 451 and goes down": the server refuses 30 % of the messages with 451,
 * and in the middle of the burst it is gone for OUTAGE_MS. An unreachable server pauses the mail
 * queue (no attempts spent) and retries are capped at 60 s, so the backlog must be delivered within
 * 2 minutes of the server answering again — every mail exactly once. FAULTS_FULL=1: 200 bookings
 * (400 mails) and a 20 s outage; CI: 30 bookings and 8 s.
 */
const BOOKINGS = FULL ? 200 : 30;
const OUTAGE_MS = FULL ? 20_000 : 8_000;
const CATCH_UP_LIMIT_MS = 120_000;

describe('Faults: SMTP answering 451 and an outage', () => {
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

  it('delivers the backlog within 2 minutes of the server answering again, each mail once', async () => {
    let refused = 0;
    bed.smtp.rejectWith = () => {
      if (Math.random() >= 0.3) return null;
      refused++;
      return { code: 451, message: '4.3.0 Midlertidig fejl, prøv igen senere' };
    };
    const booking = bookMany(bed, w, people, BOOKINGS);
    // The outage begins once a tenth of the mails went through: the burst is under way.
    await bed.smtp.waitFor((messages) => messages.length >= BOOKINGS / 5, 60_000);
    await bed.smtp.stop();
    const ids = await booking;
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS)); // the outage itself, not a wait for a condition
    await bed.smtp.start();
    const back = Date.now();
    await waitAllSettled(bed.db, ids, CATCH_UP_LIMIT_MS + 30_000);
    const catchUpMs = Date.now() - back;

    const ledger = await ledgerOf(bed.db, bed.smtp.messages, ids);
    const [{ attempts }] = await bed.db.query(
      `SELECT max(attempts)::int AS attempts FROM mail_sends WHERE booking_id = ANY($1::uuid[])`,
      [ids],
    );
    console.log(
      `smtp-outage: ${BOOKINGS} bookings (${ledger.expected} mails), ${refused} answers 451, ` +
        `outage ${OUTAGE_MS} ms, backlog delivered ${catchUpMs} ms after the server came back, ` +
        `most attempts of one mail ${attempts}; ${JSON.stringify(ledger)}`,
    );
    expect(ledger).toMatchObject({ lost: 0, duplicates: 0, distinctDuplicates: 0, sendLogMismatches: 0 });
    expect(catchUpMs).toBeLessThan(CATCH_UP_LIMIT_MS);
  }, 400_000);
});
