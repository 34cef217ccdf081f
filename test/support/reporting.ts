import { DataSource } from 'typeorm';

/** A Danish local wall-clock time as an instant, given its UTC offset (+01 winter, +02 summer). */
export const local = (wallClock: string, offset: '+01:00' | '+02:00'): Date =>
  new Date(`${wallClock}${offset}`);

const DAY = 24 * 3600_000;

/** A slot by SQL, offered to the given municipalities. */
export async function insertSlot(
  db: DataSource,
  slot: {
    contactId: string;
    startsAt: Date;
    offeredTo: string[];
    status?: 'open' | 'cancelled';
    capacity?: number;
  },
): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity, status, cancelled_at)
     VALUES ($1, 'sparring', $2, $2::timestamptz + interval '45 minutes', $3, $4::slot_status, CASE WHEN $4::text = 'cancelled' THEN $2::timestamptz - interval '3 days' END)
     RETURNING id`,
    [slot.contactId, slot.startsAt, slot.capacity ?? 1, slot.status ?? 'open'],
  );
  for (const municipalityId of slot.offeredTo)
    await db.query(`INSERT INTO slot_offers (slot_id, municipality_id) VALUES ($1, $2)`, [
      row.id,
      municipalityId,
    ]);
  return row.id;
}

export interface SessionBooking {
  slotId: string;
  startsAt: Date;
  municipalityId: string;
  consultantId: string;
  status: 'booked' | 'held' | 'no_show' | 'cancelled';
  topic?: string;
  leadDays: number;
  attendance?: 'held' | 'no_show' | 'cancelled_late';
  recommendation?: string;
  gpParticipated?: boolean;
  summary?: 'on-time' | 'late';
  /** The case summary came with screening results (needs `summary`). */
  screening?: boolean;
  cancelledById?: string;
  late?: boolean;
}

/** A booking by SQL, in any state, with `created_at` `leadDays` before the session. */
export async function insertBooking(db: DataSource, b: SessionBooking): Promise<string> {
  const due = new Date(b.startsAt.getTime() - 2 * DAY);
  const submitted =
    b.summary === 'on-time'
      ? new Date(due.getTime() - 3600_000)
      : b.summary === 'late'
        ? new Date(due.getTime() + 3600_000)
        : null;
  const [row] = await db.query(
    `INSERT INTO bookings (slot_id, municipality_id, consultant_id, status, topic, step, child_age_band,
        case_summary_due_at, case_summary_submitted_at, cancelled_at, cancelled_by_id, late_cancellation,
        outcome_attendance, outcome_recommendation, outcome_gp_participated, outcome_recorded_at, created_at)
     VALUES ($1, $2, $3, $4, $5, 2, '10-13', $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      b.slotId,
      b.municipalityId,
      b.consultantId,
      b.status,
      b.topic ?? 'anxiety',
      due,
      submitted,
      b.status === 'cancelled' ? new Date(b.startsAt.getTime() - DAY) : null,
      b.cancelledById ?? null,
      b.late ?? false,
      b.attendance ?? null,
      b.recommendation ?? null,
      b.gpParticipated ?? null,
      b.attendance ? new Date(b.startsAt.getTime() + 3600_000) : null,
      new Date(b.startsAt.getTime() - b.leadDays * DAY),
    ],
  );
  if (submitted) {
    // The metadata a case summary keeps after its content is purged: enough for the statistics.
    await db.query(
      `INSERT INTO case_summaries (booking_id, submitted_by_id, submitted_at, has_text, has_file, screening_attached)
       VALUES ($1, $2, $3, true, false, $4)`,
      [row.id, b.consultantId, submitted, b.screening ?? false],
    );
  }
  return row.id;
}

/**
 * The hand-built data set of the statistics tests (period March 2026, Danish time; DST began
 * 29 March 2026 at 02:00). Every figure expected from it is worked out in the tests.
 *
 * | slot | local start               | offered to | booking                                          |
 * |------|---------------------------|------------|--------------------------------------------------|
 * | S1   | 28 Feb 23:45 (22:45Z)     | A          | held (A) — outside, day before the period        |
 * | S2   | 1 Mar 00:30 (28 Feb 23:30Z)| A         | held (A), refer BUP, GP took part, summary on time, 10 days lead, adhd |
 * | S3   | 29 Mar 01:30 CET (00:30Z) | A          | no-show (A), 4 days lead, anxiety                |
 * | S4   | 29 Mar 03:30 CEST (01:30Z)| A          | cancelled late by the consultant (A), anxiety    |
 * | S5   | 31 Mar 23:30 CEST (21:30Z)| B          | held (B), continue municipal, summary late, 2.5 days lead, adhd |
 * | S6   | 1 Apr 00:15 CEST (31 Mar 22:15Z)| A    | held (A) — outside, day after the period         |
 * | S7   | 10 Mar 10:00              | A and B    | none                                             |
 * | S8   | 11 Mar 10:00, cancelled   | A          | cancelled by BUP (A), not late, autism           |
 * | S9   | 12 Mar 10:00              | A          | booked, no outcome yet (A), 7 days lead, anxiety |
 */
export async function createUsageDataSet(
  db: DataSource,
  w: {
    municipalityA: string;
    municipalityB: string;
    contactA: { id: string };
    contactB: { id: string };
    consultantA: { id: string };
    consultantB: { id: string };
  },
): Promise<void> {
  await db.query(`UPDATE municipalities SET population0to17 = 2000 WHERE id = $1`, [w.municipalityA]);
  const A = w.municipalityA;
  const B = w.municipalityB;
  const slot = (
    startsAt: Date,
    offeredTo: string[],
    contactId = w.contactA.id,
    status: 'open' | 'cancelled' = 'open',
  ) => insertSlot(db, { contactId, startsAt, offeredTo, status });
  const bookA = (
    slotId: string,
    startsAt: Date,
    rest: Partial<SessionBooking> & Pick<SessionBooking, 'status' | 'leadDays'>,
  ) => insertBooking(db, { slotId, startsAt, municipalityId: A, consultantId: w.consultantA.id, ...rest });

  const s1 = local('2026-02-28T23:45:00', '+01:00');
  await bookA(await slot(s1, [A]), s1, {
    status: 'held',
    attendance: 'held',
    recommendation: 'refer_bup',
    leadDays: 1,
  });
  const s2 = local('2026-03-01T00:30:00', '+01:00');
  await bookA(await slot(s2, [A]), s2, {
    status: 'held',
    attendance: 'held',
    recommendation: 'refer_bup',
    gpParticipated: true,
    summary: 'on-time',
    screening: true,
    leadDays: 10,
    topic: 'adhd',
  });
  const s3 = local('2026-03-29T01:30:00', '+01:00');
  await bookA(await slot(s3, [A]), s3, { status: 'no_show', attendance: 'no_show', leadDays: 4 });
  const s4 = local('2026-03-29T03:30:00', '+02:00');
  await bookA(await slot(s4, [A]), s4, {
    status: 'cancelled',
    cancelledById: w.consultantA.id,
    late: true,
    leadDays: 3,
  });
  const s5 = local('2026-03-31T23:30:00', '+02:00');
  await insertBooking(db, {
    slotId: await slot(s5, [B], w.contactB.id),
    startsAt: s5,
    municipalityId: B,
    consultantId: w.consultantB.id,
    status: 'held',
    attendance: 'held',
    recommendation: 'continue_municipal',
    gpParticipated: false,
    summary: 'late',
    leadDays: 2.5,
    topic: 'adhd',
  });
  const s6 = local('2026-04-01T00:15:00', '+02:00');
  await bookA(await slot(s6, [A]), s6, { status: 'held', attendance: 'held', leadDays: 1 });
  await slot(local('2026-03-10T10:00:00', '+01:00'), [A, B]);
  const s8 = local('2026-03-11T10:00:00', '+01:00');
  await bookA(await slot(s8, [A], w.contactA.id, 'cancelled'), s8, {
    status: 'cancelled',
    cancelledById: w.contactA.id,
    leadDays: 5,
    topic: 'autism',
  });
  const s9 = local('2026-03-12T10:00:00', '+01:00');
  await bookA(await slot(s9, [A]), s9, { status: 'booked', leadDays: 7 });
}
