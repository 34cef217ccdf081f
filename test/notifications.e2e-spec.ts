import { INestApplicationContext } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { AppConfig } from '@app/config';
import { QueueName } from '@app/jobs';
import { MailCatcher } from '../scripts/local/mail-catcher';
import { auth, bookingBody, createSlot, createWorld, World } from './support/factories';
import {
  aboutBooking,
  inviteOf,
  mailsTo,
  parseInvite,
  sleep,
  drainMailBacklog,
  startMailCatcher,
  startWorker,
} from './support/mail-world';
import { createTestApp, TestApp } from './support/test-app';

const QUESTION = 'Hvordan støtter vi en dreng med tvangstanker og håndvask i skolen?';

describe('Notifications: outbox → queue → SMTP with invites and reminders', () => {
  let t: TestApp;
  let worker: INestApplicationContext;
  let catcher: MailCatcher;
  let mailQueue: Queue;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    process.env.BOOKING_CLOSES_BEFORE = '0';
    process.env.REMINDER_OFFSETS = '4s';
    t = await createTestApp();
    worker = await startWorker();
    await drainMailBacklog(worker);
    const config = worker.get(AppConfig);
    mailQueue = new Queue(QueueName.Mail, {
      connection: { url: config.redisUrl },
      prefix: config.queuePrefix,
    });
  }, 240_000); // the mail backlog of the earlier spec files is sent first
  afterAll(async () => {
    await mailQueue.close();
    await worker.close();
    await t.close();
    await catcher.stop();
  });

  const book = async (w: World, slotId: string, extra: Record<string, unknown> = {}) => {
    const res = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId, { question: QUESTION, ...extra }));
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it('sends each participant one invite per change: book (DST either side), reschedule, cancel', async () => {
    const w = await createWorld(t.db, t.http);
    const gp = `laege.${w.consultantA.id.slice(0, 8)}@praksis.dk`;
    const extra = `ekstra.${w.consultantA.id.slice(0, 8)}@kommune.dk`;
    const beforeDst = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsAt: new Date('2027-03-23T08:00:00Z'),
    });
    const afterDst = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsAt: new Date('2027-03-30T07:00:00Z'),
    });
    const everyone = [w.consultantA.email, w.contactA.email, gp, extra];

    const id = await book(w, beforeDst, { gpEmail: gp, participantEmails: [extra] });
    await catcher.waitFor((m) => aboutBooking(m, id).length >= 4);
    for (const email of everyone) {
      const [mail, ...more] = mailsTo(aboutBooking(catcher.messages, id), email);
      expect(more).toHaveLength(0);
      const invite = inviteOf(mail);
      expect(invite).toMatchObject({
        method: 'REQUEST',
        uid: `${id}@sparringsportalen`,
        sequence: 0,
        location: 'https://video.test/room',
      });
      expect(invite.start.zone?.tzid).toBe('Europe/Copenhagen');
      expect(invite.start.toString()).toBe('2027-03-23T09:00:00');
      expect(invite.start.toJSDate().toISOString()).toBe('2027-03-23T08:00:00.000Z');
      expect(invite.end.toJSDate().toISOString()).toBe('2027-03-23T08:45:00.000Z');
      expect(invite.attendees.map((a) => a.email).sort()).toEqual(
        everyone.map((e) => e.toLowerCase()).sort(),
      );
      expect(invite.attendees.find((a) => a.email === w.contactA.email.toLowerCase())?.partstat).toBe(
        'ACCEPTED',
      );
      expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
      // The invite travels twice, not three times: inline as the calendar alternative, once as a file.
      const calendarParts = mail.raw.match(/^Content-Type: (text\/calendar|application\/ics)/gim) ?? [];
      expect(calendarParts).toHaveLength(2);
      expect(mail.raw.match(/^Content-Disposition: attachment/gim) ?? []).toHaveLength(1);
      expect(mail.attachments.filter((a) => a.filename?.endsWith('.ics')).map((a) => a.filename)).toEqual([
        'invitation.ics',
      ]);
    }

    // The same invite on demand, in scope only.
    const ics = await t.http.get(`/api/v1/bookings/${id}/invite.ics`).set(auth(w.consultantA));
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(parseInvite(ics.text)).toMatchObject({
      uid: `${id}@sparringsportalen`,
      sequence: 0,
      method: 'REQUEST',
    });
    expect((await t.http.get(`/api/v1/bookings/${id}/invite.ics`).set(auth(w.consultantB))).status).toBe(404);

    const moved = await t.http
      .post(`/api/v1/bookings/${id}/reschedule`)
      .set(auth(w.consultantA))
      .send({ slotId: afterDst });
    expect(moved.status).toBe(200);
    await catcher.waitFor((m) => aboutBooking(m, id).length >= 8);
    for (const email of everyone) {
      const mails = mailsTo(aboutBooking(catcher.messages, id), email);
      expect(mails).toHaveLength(2);
      const invite = inviteOf(mails[1]);
      expect(invite).toMatchObject({ method: 'REQUEST', uid: `${id}@sparringsportalen`, sequence: 1 });
      expect(invite.start.toString()).toBe('2027-03-30T09:00:00'); // summer time: still 09:00 local
      expect(invite.start.toJSDate().toISOString()).toBe('2027-03-30T07:00:00.000Z');
    }

    const cancelled = await t.http
      .post(`/api/v1/bookings/${id}/cancel`)
      .set(auth(w.contactA))
      .send({ reason: 'Sygdom' });
    expect(cancelled.status).toBe(200);
    await catcher.waitFor((m) => aboutBooking(m, id).length >= 12);
    for (const email of everyone) {
      const mails = mailsTo(aboutBooking(catcher.messages, id), email);
      expect(mails).toHaveLength(3);
      const invite = inviteOf(mails[2]);
      expect(invite).toMatchObject({
        method: 'CANCEL',
        status: 'CANCELLED',
        uid: `${id}@sparringsportalen`,
        sequence: 2,
      });
      // Who cancelled, never why: the reason is free text and stays in the portal.
      expect(mails[2].text).toMatch(/Sparringen er aflyst af contact \S+ \(BUP\)\./);
      for (const part of [mails[2].text, mails[2].html, ...mails[2].attachments.map((a) => a.content)])
        expect(part).not.toContain('Sygdom');
      expect(mails[2].raw).toMatch(/method=CANCEL/);
    }
    for (const mail of aboutBooking(catcher.messages, id)) {
      expect(mail.text).toContain(`/#/bookinger/${id}`);
      for (const part of [mail.text, mail.html, mail.raw, ...mail.attachments.map((a) => a.content)])
        expect(part).not.toContain('tvangstanker');
    }
  }, 45_000);

  it('reminds once at the offset; a cancelled booking never, a moved one only for the new time', async () => {
    const w = await createWorld(t.db, t.http);
    const soon = (ms: number) =>
      createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA], startsInMs: ms });
    const [kept, dropped, movedFrom, movedTo] = await Promise.all([
      soon(8_000),
      soon(8_000),
      soon(7_000),
      soon(12_000),
    ]);
    const keptId = await book(w, kept);
    const droppedId = await book(w, dropped);
    const movedId = await book(w, movedFrom);
    expect(
      (await t.http.post(`/api/v1/bookings/${droppedId}/cancel`).set(auth(w.consultantA)).send({})).status,
    ).toBe(200);
    expect(
      (
        await t.http
          .post(`/api/v1/bookings/${movedId}/reschedule`)
          .set(auth(w.consultantA))
          .send({ slotId: movedTo })
      ).status,
    ).toBe(200);

    const reminders = (id: string) =>
      aboutBooking(catcher.messages, id).filter((m) => m.subject.startsWith('Påmindelse'));
    await catcher.waitFor(() => reminders(keptId).length >= 2 && reminders(movedId).length >= 2, 20_000);
    await sleep(1500);
    expect(
      reminders(keptId)
        .map((m) => m.envelopeTo[0])
        .sort(),
    ).toEqual([w.consultantA.email, w.contactA.email].sort());
    expect(reminders(droppedId)).toHaveLength(0);
    expect(reminders(movedId)).toHaveLength(2); // only for the new time, once each
    const reminder = reminders(movedId)[0];
    expect(new Date(reminder.receivedAt).getTime()).toBeGreaterThan(Date.now() - 10_000);
    expect(reminder.text).not.toContain('tvangstanker');
  }, 40_000);

  it('a booking made after the case-summary deadline is due at once and reminds the consultant at once', async () => {
    const w = await createWorld(t.db, t.http);
    // 46 hours ahead is always less than 2 working days (product rule 5).
    const slot = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsAt: new Date(Date.now() + 46 * 3600_000),
    });
    const before = Date.now();
    const res = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slot, { question: QUESTION }));
    expect(res.status).toBe(201);
    expect(res.body.caseSummary.dueImmediately).toBe(true);
    const dueAt = new Date(res.body.caseSummary.dueAt).getTime();
    expect(dueAt).toBeGreaterThanOrEqual(before - 1000);
    expect(dueAt).toBeLessThanOrEqual(Date.now());
    const reminder = (m: typeof catcher.messages) =>
      mailsTo(aboutBooking(m, res.body.id), w.consultantA.email).filter((mail) =>
        mail.subject.startsWith('Mangler'),
      );
    await catcher.waitFor((m) => reminder(m).length === 1, 20_000);
    expect(reminder(catcher.messages)[0].text).toContain('fristen er passeret. Upload den i portalen nu');
  });

  it('retries a temporary SMTP refusal (4xx) and delivers exactly once', async () => {
    const w = await createWorld(t.db, t.http);
    const slot = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    let refusals = 0;
    catcher.rejectWith = ({ to }) =>
      to.includes(w.contactA.email) && refusals++ < 1 ? { code: 451, message: 'Try again later' } : null;
    try {
      const id = await book(w, slot);
      await catcher.waitFor((m) => aboutBooking(m, id).length >= 2, 30_000);
      await sleep(1500);
      expect(refusals).toBeGreaterThanOrEqual(1);
      expect(mailsTo(aboutBooking(catcher.messages, id), w.contactA.email)).toHaveLength(1);
      expect(mailsTo(aboutBooking(catcher.messages, id), w.consultantA.email)).toHaveLength(1);
      const log = await t.db.query(
        `SELECT recipient, status, attempts FROM mail_sends WHERE booking_id = $1 ORDER BY attempts`,
        [id],
      );
      expect(log).toEqual([
        { recipient: w.consultantA.email, status: 'sent', attempts: 1 },
        { recipient: w.contactA.email, status: 'sent', attempts: 2 },
      ]);
    } finally {
      catcher.rejectWith = () => null;
    }
  }, 40_000);

  it('stops at a permanent SMTP refusal (5xx): failed once, visible, never retried', async () => {
    const w = await createWorld(t.db, t.http);
    const slot = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const mine = [w.consultantA.email, w.contactA.email];
    let refusals = 0;
    catcher.rejectWith = ({ to }) =>
      to.some((e) => mine.includes(e)) ? (refusals++, { code: 550, message: 'No such user' }) : null;
    try {
      const id = await book(w, slot);
      const [outbox] = await t.db.query(`SELECT id FROM outbox_messages WHERE payload->>'bookingId' = $1`, [
        id,
      ]);
      let job: Job | undefined;
      for (let i = 0; i < 60 && (await job?.getState()) !== 'failed'; i++) {
        await sleep(250);
        job = await mailQueue.getJob(outbox.id);
      }
      expect(await job!.getState()).toBe('failed');
      // The loop read the job before it failed: read it again for its final attempt count.
      job = await mailQueue.getJob(outbox.id);
      expect(job!.attemptsMade).toBe(1);
      await sleep(6_000); // longer than the first backoff
      expect(refusals).toBe(2);
      const log = await t.db.query(
        `SELECT status, attempts, last_error FROM mail_sends WHERE booking_id = $1`,
        [id],
      );
      expect(log).toHaveLength(2);
      for (const row of log)
        expect(row).toMatchObject({
          status: 'failed',
          attempts: 1,
          last_error: expect.stringContaining('550'),
        });
    } finally {
      catcher.rejectWith = () => null;
    }
  }, 40_000);
});
