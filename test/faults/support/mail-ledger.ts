import { DataSource } from 'typeorm';
import { CaughtMail } from '../../../scripts/local/mail-catcher';
import { auth, bookingBody, createSlot, TestUser, World } from '../../support/factories';
import { FaultBed, waitUntil } from './fault-bed';

const DAY = 24 * 3600_000;
let nextDay = 10; // far enough ahead that no reminder falls due during a scenario

/** Books `count` one-person slots, `parallel` at a time, alternating consultants and api replicas. */
export async function bookMany(
  bed: FaultBed,
  w: World,
  people: TestUser[],
  count: number,
  parallel = 6,
): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      const slot = await createSlot(bed.db, {
        contactId: w.contactA.id,
        municipalityIds: [w.municipalityA],
        startsInMs: nextDay * DAY + i * 3600_000,
      });
      const res = await bed.apis[i % 2].http
        .post('/api/v1/bookings')
        .set(auth(people[i % people.length]))
        .send(bookingBody(slot));
      if (res.status !== 201) throw new Error(`booking ${i}: ${res.status} ${JSON.stringify(res.body)}`);
      ids.push(res.body.id as string);
    }
  };
  await Promise.all(Array.from({ length: parallel }, lane));
  nextDay += Math.ceil(count / 24) + 1;
  return ids;
}

/** Waits until the booked mail of every booking is settled (the send log has all its recipients). */
export function waitAllSettled(db: DataSource, ids: string[], timeoutMs: number): Promise<true> {
  return waitUntil(
    'every booking mail settled',
    async () => {
      const [{ open }] = await db.query(
        `SELECT count(*)::int AS open FROM outbox_messages WHERE payload->>'bookingId' = ANY($1) AND settled_at IS NULL`,
        [ids],
      );
      return open === 0;
    },
    timeoutMs,
    250,
  );
}

export interface Ledger {
  bookings: number;
  expected: number;
  /** Recipients of a booking's mail that got none. */
  lost: number;
  /** Copies beyond the first (any Message-ID). */
  duplicates: number;
  /** Recipients that got copies with different Message-IDs (clients would show two mails). */
  distinctDuplicates: number;
  /** Send-log rows not `sent`, or missing. */
  sendLogMismatches: number;
}

const messageIdOf = (mail: CaughtMail) => /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(mail.raw)?.[1] ?? null;

/**
 * Mails against the send log and the database: every booking's consultant and contact must have got
 * the booked mail once, and the send log must say `sent` for exactly those two.
 */
export async function ledgerOf(db: DataSource, mails: CaughtMail[], ids: string[]): Promise<Ledger> {
  const rows: { id: string; consultant: string; contact: string; sent: number; logged: number }[] =
    await db.query(
      `SELECT b.id, cu.email AS consultant, co.email AS contact,
            (SELECT count(*)::int FROM mail_sends m WHERE m.booking_id = b.id AND m.kind = 'booked' AND m.status = 'sent') AS sent,
            (SELECT count(*)::int FROM mail_sends m WHERE m.booking_id = b.id) AS logged
     FROM bookings b JOIN users cu ON cu.id = b.consultant_id
     JOIN slots s ON s.id = b.slot_id JOIN users co ON co.id = s.contact_id
     WHERE b.id = ANY($1::uuid[])`,
      [ids],
    );
  const byBooking = new Map<string, CaughtMail[]>();
  for (const mail of mails) {
    const id = ids.find((candidate) => mail.text.includes(candidate));
    if (id) byBooking.set(id, [...(byBooking.get(id) ?? []), mail]);
  }
  const ledger: Ledger = {
    bookings: rows.length,
    expected: rows.length * 2,
    lost: 0,
    duplicates: 0,
    distinctDuplicates: 0,
    sendLogMismatches: 0,
  };
  for (const row of rows) {
    for (const recipient of [row.consultant, row.contact]) {
      const got = (byBooking.get(row.id) ?? []).filter((m) => m.envelopeTo.includes(recipient.toLowerCase()));
      if (got.length === 0) ledger.lost++;
      ledger.duplicates += Math.max(0, got.length - 1);
      if (new Set(got.map(messageIdOf)).size > 1) ledger.distinctDuplicates++;
    }
    if (row.sent !== 2 || row.logged !== 2) ledger.sendLogMismatches++;
  }
  return ledger;
}
