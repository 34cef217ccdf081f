import { INestApplicationContext } from '@nestjs/common';
import ICAL from 'ical.js';
import { FixedClock } from '@app/common';
import { CaughtMail, MailCatcher } from '../scripts/local/mail-catcher';
import { auth, bookingBody, createSlot, createWorld, TestUser, World } from './support/factories';
import { aboutBooking, startMailCatcher } from './support/mail-world';
import { createTestApp, TestApp } from './support/test-app';
import { createTestWorker } from './support/worker-app';

const DAY = 24 * 3600_000;

// Every free text this file sends, refused or accepted. None may ever reach a mail or an invite.
const TEXTS = {
  question: 'Hvordan hjælper vi en elev med selektiv mutisme i frikvartererne?',
  questionWithCpr: 'Drengen (010203-1234) taler ikke i skolen. Hvad gør vi?',
  cancelReason: 'Sagen er afklaret internt i teamet',
  cancelReasonWithCpr: 'Aflyst, se sagen om 010203-1234',
  slotReason: 'Overlappende kursusdag på afdelingen',
  slotReasonWithName: 'Aflyst efter aftale med Rasmus Jørgensen',
  absenceReason: 'Efteruddannelse i tre dage',
  absenceReasonWithPhone: 'Ring til mig på 20 30 40 50 om nye tider',
  note: 'Kommunen fortsætter med struktureret skoleindsats',
  noteWithCpr: 'Eleven 010203-1234 bør henvises',
  comment: 'Meget konkret og brugbar sparring',
  commentWithEmail: 'Skriv gerne til mor.hansen@gmail.com bagefter',
};

describe('Free text another person reads: screened, refused whole, never mailed', () => {
  const clock = new FixedClock(new Date());
  let t: TestApp;
  let worker: INestApplicationContext;
  let catcher: MailCatcher;
  let w: World;
  const bookingIds: string[] = [];

  beforeAll(async () => {
    catcher = await startMailCatcher();
    t = await createTestApp({ clock });
    worker = await createTestWorker({ clock });
    w = await createWorld(t.db, t.http);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await catcher.stop();
  });

  const post = (user: TestUser, path: string, body: object) =>
    t.http.post(`/api/v1${path}`).set(auth(user)).send(body);

  // One contact's slots never overlap: the default time moves past a slot already there.
  const slotOfA = (startsAt?: Date) =>
    createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsAt: startsAt ?? new Date(clock.now().getTime() + 7 * DAY),
      shiftIfTaken: !startsAt,
    });

  const book = async (slotId: string) => {
    const res = await post(w.consultantA, '/bookings', bookingBody(slotId, { question: TEXTS.question }));
    expect(res.status).toBe(201);
    bookingIds.push(res.body.id);
    return res.body.id as string;
  };

  /** Everything a refused request could have changed about a booking and its slot. */
  const stateOf = async (bookingId: string) => {
    const [row] = await t.db.query(
      `SELECT to_jsonb(b) AS booking, to_jsonb(s) AS slot,
              (SELECT count(*) FROM outbox_messages o WHERE o.payload->>'bookingId' = b.id::text)::int AS outbox,
              (SELECT count(*) FROM audit_events a WHERE a.booking_id = b.id)::int AS audit
       FROM bookings b JOIN slots s ON s.id = b.slot_id WHERE b.id = $1`,
      [bookingId],
    );
    return row;
  };

  /** The refusal of the contract: 422 NOT_ANONYMOUS, Danish, each finding with its field and exact span. */
  const expectRefused = (
    res: { status: number; body: Record<string, unknown> },
    text: string,
    field: string,
    hit: { type: string; text: string },
  ) => {
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'NOT_ANONYMOUS', status: 422 });
    expect(res.body.detail).toMatch(/indeholder oplysninger, der kan identificere/);
    expect(JSON.stringify(res.body)).not.toContain(hit.text);
    const findings = res.body.findings as { field: string; type: string; start: number; end: number }[];
    expect(findings.every((f) => f.field === field)).toBe(true);
    const finding = findings.find((f) => f.type === hit.type);
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe(hit.text);
  };

  it('booking question: refused with span and field, no booking made; a clean question books', async () => {
    const slotId = await slotOfA();
    const refused = await post(
      w.consultantA,
      '/bookings',
      bookingBody(slotId, { question: TEXTS.questionWithCpr }),
    );
    expectRefused(refused, TEXTS.questionWithCpr, 'question', { type: 'cpr', text: '010203-1234' });
    expect(await t.db.query(`SELECT 1 FROM bookings WHERE slot_id = $1`, [slotId])).toHaveLength(0);
    await book(slotId);
  });

  it('a cancellation with a CPR number in its reason → 422 and nothing changed; a clean reason cancels', async () => {
    const id = await book(await slotOfA());
    const before = await stateOf(id);
    for (const user of [w.consultantA, w.contactA, w.admin]) {
      const refused = await post(user, `/bookings/${id}/cancel`, { reason: TEXTS.cancelReasonWithCpr });
      expectRefused(refused, TEXTS.cancelReasonWithCpr, 'reason', { type: 'cpr', text: '010203-1234' });
    }
    expect(await stateOf(id)).toEqual(before);

    const cancelled = await post(w.consultantA, `/bookings/${id}/cancel`, { reason: TEXTS.cancelReason });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: TEXTS.cancelReason });
  });

  it('slot cancel by BUP with a name in the reason → 422, slot and booking untouched; clean reason cancels', async () => {
    const slotId = await slotOfA();
    const id = await book(slotId);
    const before = await stateOf(id);
    const refused = await post(w.contactA, `/slots/${slotId}/cancel`, { reason: TEXTS.slotReasonWithName });
    expectRefused(refused, TEXTS.slotReasonWithName, 'reason', { type: 'name', text: 'Rasmus Jørgensen' });
    expect(await stateOf(id)).toEqual(before);

    const cancelled = await post(w.contactA, `/slots/${slotId}/cancel`, { reason: TEXTS.slotReason });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('absence reason with a phone number → 422, no absence and no slot touched; clean reason registers', async () => {
    const startsAt = new Date(clock.now().getTime() + 30 * DAY);
    const id = await book(await slotOfA(startsAt));
    const day = startsAt.toISOString().slice(0, 10);
    const absences = () =>
      t.db.query(`SELECT id FROM absences WHERE contact_id = $1`, [w.contactA.id]) as Promise<unknown[]>;
    const before = await stateOf(id);
    const refused = await post(w.contactA, '/absences', {
      from: day,
      to: day,
      reason: TEXTS.absenceReasonWithPhone,
    });
    expectRefused(refused, TEXTS.absenceReasonWithPhone, 'reason', { type: 'phone', text: '20 30 40 50' });
    expect(await stateOf(id)).toEqual(before);
    expect(await absences()).toHaveLength(0);

    const registered = await post(w.contactA, '/absences', {
      from: day,
      to: day,
      reason: TEXTS.absenceReason,
    });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ slotsCancelled: 1 });
    expect(await absences()).toHaveLength(1);
  });

  it('outcome note and rating comment: refused with field and span, nothing recorded; clean texts are kept', async () => {
    const startsAt = new Date(clock.now().getTime() + 2 * DAY);
    const id = await book(await slotOfA(startsAt));
    clock.set(new Date(startsAt.getTime() + 50 * 60_000));
    try {
      const outcome = { attendance: 'held', recommendation: 'refer_bup', gpParticipated: false };
      const before = await stateOf(id);
      const refusedNote = await post(w.contactA, `/bookings/${id}/outcome`, {
        ...outcome,
        note: TEXTS.noteWithCpr,
      });
      expectRefused(refusedNote, TEXTS.noteWithCpr, 'note', { type: 'cpr', text: '010203-1234' });
      expect(await stateOf(id)).toEqual(before);
      const recorded = await post(w.contactA, `/bookings/${id}/outcome`, { ...outcome, note: TEXTS.note });
      expect(recorded.status).toBe(200);
      expect(recorded.body.outcome.note).toBe(TEXTS.note);

      const afterOutcome = await stateOf(id);
      const refusedComment = await post(w.consultantA, `/bookings/${id}/rating`, {
        value: 4,
        comment: TEXTS.commentWithEmail,
      });
      expectRefused(refusedComment, TEXTS.commentWithEmail, 'comment', {
        type: 'email',
        text: 'mor.hansen@gmail.com',
      });
      expect(await stateOf(id)).toEqual(afterOutcome);
      const rated = await post(w.consultantA, `/bookings/${id}/rating`, { value: 4, comment: TEXTS.comment });
      expect(rated.status).toBe(200);
      expect(rated.body.rating).toMatchObject({ value: 4, comment: TEXTS.comment });
    } finally {
      clock.set(new Date());
    }
  });

  it('no free text in any mail or invite sent about these bookings (text, HTML and calendar parts parsed)', async () => {
    // The booked mails of the still-booked one and the cancellations (consultant + contact each). A
    // booked mail of a booking changed before its job ran is skipped by design (stale sequence/status).
    const [questionOnly, cancelled, slotCancelled, absence] = bookingIds;
    const expected = new Map([
      [questionOnly, 2],
      [cancelled, 2],
      [slotCancelled, 2],
      [absence, 2],
    ]);
    const messages = await catcher.waitFor(
      (all) =>
        [...expected].every(
          ([id, count]) =>
            aboutBooking(all, id).filter((m) =>
              m.subject.startsWith(id === questionOnly ? 'Booket' : 'Aflyst'),
            ).length >= count,
        ),
      30_000,
    );
    // The worker also relays mail other spec files left in the run's outbox: keep to these scenarios'.
    const ours = messages.filter((mail) => bookingIds.some((id) => mail.text.includes(id)));
    const cancellations = ours.filter((mail) => mail.subject.startsWith('Aflyst'));
    expect(cancellations).toHaveLength(6);
    // A cancellation says who cancelled it.
    for (const mail of cancellations)
      expect(mail.text).toMatch(/(consultant|contact) \S+ \((kommunen|BUP)\)/);

    for (const mail of ours) {
      const parts = readableParts(mail);
      expect(parts.length).toBeGreaterThanOrEqual(3);
      for (const part of parts)
        for (const text of Object.values(TEXTS)) {
          expect(part).not.toContain(text);
          // A distinctive piece too, in case a template were to shorten or re-wrap the text.
          expect(part).not.toContain(text.slice(0, 24));
        }
    }
  });
});

/** What a recipient can read in a mail: the text part, the HTML without tags, and every calendar value. */
function readableParts(mail: CaughtMail): string[] {
  const html = mail.html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');
  const calendars = mail.attachments
    .filter((a) => a.contentType.startsWith('text/calendar'))
    .map((a) => calendarValues(new ICAL.Component(ICAL.parse(a.content))).join('\n'));
  return [mail.subject, mail.text, html, ...calendars];
}

/** Every property value of a calendar and its components, unfolded by an independent parser. */
function calendarValues(component: ICAL.Component): string[] {
  return [
    ...component.getAllProperties().flatMap((p) => p.getValues().map((v: unknown) => String(v))),
    ...component.getAllSubcomponents().flatMap(calendarValues),
  ];
}
