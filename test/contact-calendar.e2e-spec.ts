import { INestApplicationContext } from '@nestjs/common';
import { FixedClock } from '@app/common';
import { SlotMaterialiser, SlotSeries } from '@app/scheduling';
import { MailCatcher } from '../scripts/local/mail-catcher';
import { auth, bookingBody, createSlot, createWorld, TestUser, World } from './support/factories';
import {
  aboutBooking,
  drainMailBacklog,
  inviteOf,
  mailsTo,
  startMailCatcher,
  startWorker,
} from './support/mail-world';
import { createTestApp, TestApp } from './support/test-app';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const TEMPLATE = 'https://video.rm.test/sparring/{id}';
const ROOM_URL = /^https:\/\/video\.rm\.test\/sparring\/([A-Za-z0-9_-]{24})$/;

describe("The contact's calendar: no overlapping slots, a video room per session, the outcome rules", () => {
  let t: TestApp;
  let w: World;
  const clock = new FixedClock(new Date());

  beforeAll(async () => {
    process.env.VIDEO_ROOM_URL_TEMPLATE = TEMPLATE;
    t = await createTestApp({ clock });
  });
  afterAll(async () => {
    delete process.env.VIDEO_ROOM_URL_TEMPLATE;
    await t.close();
  });
  beforeEach(async () => {
    clock.set(new Date());
    w = await createWorld(t.db, t.http);
  });

  const oneOff = (user: TestUser, startsAt: Date, extra: Record<string, unknown> = {}) =>
    t.http
      .post('/api/v1/slots')
      .set(auth(user))
      .send({
        kind: 'sparring',
        municipalityIds: [w.municipalityA],
        startsAt: startsAt.toISOString(),
        ...extra,
      });
  const book = async (slotId: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const response = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId, extra));
    expect(response.status).toBe(201);
    return response.body.id;
  };

  describe('overlapping slots', () => {
    it('refuses a one-off slot that overlaps the contact’s slot with a Danish 409 naming it; others may', async () => {
      const at = new Date(clock.now().getTime() + 10 * DAY);
      const first = await oneOff(w.contactA, at).expect(201);

      const clash = await oneOff(w.contactA, new Date(at.getTime() + 30 * 60_000));
      expect(clash.status).toBe(409);
      expect(clash.headers['content-type']).toContain('application/problem+json');
      expect(clash.body).toMatchObject({
        code: 'CONFLICT',
        clashingSlot: { id: first.body.id, startsAt: first.body.startsAt, endsAt: first.body.endsAt },
        errors: [{ field: 'startsAt' }],
      });
      expect(clash.body.detail).toContain('overlapper');
      expect(clash.body.detail).toContain(first.body.id);

      // Back to back is fine; so is another contact at the same time, and a cancelled slot frees its time.
      await oneOff(w.contactA, new Date(first.body.endsAt)).expect(201);
      await createSlot(t.db, { contactId: w.contactB.id, municipalityIds: [w.municipalityB], startsAt: at });
      await t.http
        .post(`/api/v1/slots/${first.body.id}/cancel`)
        .set(auth(w.contactA))
        .send({ reason: 'Kursus' })
        .expect(200);
      await oneOff(w.contactA, new Date(at.getTime() - 30 * 60_000)).expect(201);
    });

    it('lets exactly one of two overlapping slots created at the same moment through', async () => {
      const at = new Date(clock.now().getTime() + 12 * DAY);
      const responses = await Promise.all([
        oneOff(w.contactA, at),
        oneOff(w.contactA, new Date(at.getTime() + 10 * 60_000)),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      const created = responses.find((r) => r.status === 201)!;
      const refused = responses.find((r) => r.status === 409)!;
      expect(refused.body.clashingSlot.id).toBe(created.body.id);
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM slots WHERE contact_id = $1 AND status = 'open'`,
        [w.contactA.id],
      );
      expect(count).toBe(1);
    });

    it('refuses moving slots to a deputy who holds a session at that time (absence), naming it', async () => {
      const at = new Date(clock.now().getTime() + 15 * DAY);
      const own = await createSlot(t.db, {
        contactId: w.contactA.id,
        municipalityIds: [w.municipalityA],
        startsAt: at,
      });
      const deputys = await createSlot(t.db, {
        contactId: w.contactB.id,
        municipalityIds: [w.municipalityB],
        startsAt: new Date(at.getTime() + 15 * 60_000),
      });
      const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(at);
      const refused = await t.http
        .post('/api/v1/absences')
        .set(auth(w.contactA))
        .send({ from: day, to: day, deputyContactId: w.contactB.id });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'CONFLICT', clashingSlot: { id: deputys } });
      const [slot] = await t.db.query(`SELECT contact_id FROM slots WHERE id = $1`, [own]);
      expect(slot.contact_id).toBe(w.contactA.id); // nothing moved
    });

    it('refuses a series that clashes (nothing published); the nightly extension skips a clash instead', async () => {
      const first = await t.http
        .post('/api/v1/slot-series')
        .set(auth(w.contactA))
        .send({
          kind: 'sparring',
          municipalityIds: [w.municipalityA],
          weekday: 3,
          startTime: '10:00',
          intervalWeeks: 1,
          startsOn: '2030-01-01',
          endsOn: '2030-02-28',
        })
        .expect(201);
      expect(first.body.slotsCreated).toBe(0); // beyond the horizon: made later by the extension
      const series = first.body.id as string;
      const wednesday = new Date('2030-01-16T09:20:00Z'); // 10:20 local, inside the 10:00 session
      const blocker = await createSlot(t.db, {
        contactId: w.contactA.id,
        municipalityIds: [w.municipalityA],
        startsAt: wednesday,
      });

      // Publishing a series that reaches the blocker: 409 naming it, and nothing of it is published.
      clock.set(new Date('2029-12-20T12:00:00Z'));
      const reaching = await t.http
        .post('/api/v1/slot-series')
        .set(auth(w.contactA))
        .send({
          kind: 'sparring',
          municipalityIds: [w.municipalityA],
          weekday: 3,
          startTime: '10:30',
          intervalWeeks: 1,
          startsOn: '2030-01-01',
          endsOn: '2030-01-31',
        });
      expect(reaching.status).toBe(409);
      expect(reaching.body.clashingSlot.id).toBe(blocker);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM slot_series WHERE contact_id = $1 AND start_time = '10:30'`,
        [w.contactA.id],
      );
      expect(n).toBe(0);

      // The extension of the first series (10:00 Wednesdays) meets the blocker on 16 January: that one
      // occurrence is skipped, the other eight Wednesdays are made, nothing fails. (The materialiser the
      // nightly job runs, for this series only: the run's other spec files have series of their own.)
      const materialiser = t.app.get(SlotMaterialiser);
      const created = await t.db.transaction(async (manager) =>
        materialiser.materialise(
          manager,
          await manager.findOneByOrFail(SlotSeries, { id: series }),
          clock.now(),
          materialiser.horizonFrom(clock.now()),
        ),
      );
      expect(created).toBe(8);
      const made: { starts_at: Date }[] = await t.db.query(
        `SELECT starts_at FROM slots WHERE series_id = $1 ORDER BY starts_at`,
        [series],
      );
      const days = made.map((row) => row.starts_at.toISOString().slice(0, 10));
      expect(days).toContain('2030-01-09');
      expect(days).toContain('2030-01-23');
      expect(days).not.toContain('2030-01-16');
    });
  });

  describe('the outcome form’s rules', () => {
    const pastSession = async (extra: Record<string, unknown> = {}, inDays = 5) => {
      const startsAt = new Date(clock.now().getTime() + inDays * DAY);
      const slotId = await createSlot(t.db, {
        contactId: w.contactA.id,
        municipalityIds: [w.municipalityA],
        startsAt,
      });
      const id = await book(slotId, extra);
      clock.set(new Date(startsAt.getTime() + HOUR));
      return id;
    };
    const outcome = (id: string, body: object) =>
      t.http.post(`/api/v1/bookings/${id}/outcome`).set(auth(w.contactA)).send(body);

    it('asks no recommendation for a no-show, but does for a held session', async () => {
      const id = await pastSession();
      const missing = await outcome(id, { attendance: 'held' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([{ field: 'recommendation', message: expect.any(String) }]);
      const noShow = await outcome(id, { attendance: 'no_show' }).expect(200);
      expect(noShow.body).toMatchObject({
        status: 'no_show',
        outcome: { attendance: 'no_show', recommendation: null, gpParticipated: false },
      });
    });

    it('asks about the GP only when a GP was invited', async () => {
      const withGp = await pastSession({ gpEmail: 'laege@praksis.dk' });
      const unanswered = await outcome(withGp, { attendance: 'held', recommendation: 'none' });
      expect(unanswered.status).toBe(400);
      expect(unanswered.body.errors.map((e: { field: string }) => e.field)).toEqual(['gpParticipated']);
      await outcome(withGp, { attendance: 'held', recommendation: 'none', gpParticipated: true }).expect(200);

      clock.set(new Date());
      const withoutGp = await pastSession({}, 6);
      const held = await outcome(withoutGp, { attendance: 'held', recommendation: 'refer_bup' }).expect(200);
      expect(held.body.outcome).toMatchObject({ recommendation: 'refer_bup', gpParticipated: false });
    });
  });

  describe('a video room per session', () => {
    let worker: INestApplicationContext;
    let catcher: MailCatcher;

    beforeAll(async () => {
      catcher = await startMailCatcher();
      worker = await startWorker();
      await drainMailBacklog(worker);
    }, 240_000);
    afterAll(async () => {
      await worker.close();
      await catcher.stop();
    });

    it('gives each booking its own unguessable room, in the invite; "Ny videolink" re-invites everyone', async () => {
      const gp = `laege.${w.consultantA.id.slice(0, 8)}@praksis.dk`;
      const earlier = await book(
        await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] }),
        { gpEmail: gp },
      );
      const later = await book(
        await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] }),
      );
      const viewOf = async (id: string) =>
        (await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.contactA)).expect(200)).body;
      const earlierUrl: string = (await viewOf(earlier)).videoUrl;
      const laterUrl: string = (await viewOf(later)).videoUrl;
      for (const [url, id] of [
        [earlierUrl, earlier],
        [laterUrl, later],
      ]) {
        const room = ROOM_URL.exec(url)?.[1];
        expect(room).toBeDefined();
        expect(Buffer.from(room!, 'base64url')).toHaveLength(18); // 144 random bits
        expect(url).not.toContain(id);
        expect(url).not.toContain(id.replace(/-/g, ''));
      }
      // The GP of the earlier session holds a link that opens no later session.
      expect(laterUrl).not.toBe(earlierUrl);

      await catcher.waitFor(
        (m) => aboutBooking(m, earlier).length >= 3 && aboutBooking(m, later).length >= 2,
      );
      const [gpInvite] = mailsTo(aboutBooking(catcher.messages, earlier), gp);
      expect(inviteOf(gpInvite).location).toBe(earlierUrl);
      const [laterInvite] = mailsTo(aboutBooking(catcher.messages, later), w.consultantA.email);
      expect(inviteOf(laterInvite).location).toBe(laterUrl);

      // Only BUP changes the room: the consultant may not, another contact does not see the booking.
      await t.http.post(`/api/v1/bookings/${earlier}/video-room`).set(auth(w.consultantA)).expect(403);
      await t.http.post(`/api/v1/bookings/${earlier}/video-room`).set(auth(w.contactB)).expect(404);
      const renewed = await t.http
        .post(`/api/v1/bookings/${earlier}/video-room`)
        .set(auth(w.contactA))
        .expect(200);
      expect(renewed.body.videoUrl).toMatch(ROOM_URL);
      expect(renewed.body.videoUrl).not.toBe(earlierUrl);
      expect(renewed.body.icsSequence).toBe(1);
      const [event] = await t.db.query(
        `SELECT payload FROM outbox_messages WHERE kind = 'booking.video_room_changed' AND payload->>'bookingId' = $1`,
        [earlier],
      );
      expect(event.payload).toEqual({ bookingId: earlier, icsSequence: 1 });

      await catcher.waitFor((m) => mailsTo(aboutBooking(m, earlier), gp).length >= 2);
      const gpMails = mailsTo(aboutBooking(catcher.messages, earlier), gp);
      const update = inviteOf(gpMails[gpMails.length - 1]);
      expect(update).toMatchObject({ method: 'REQUEST', sequence: 1, location: renewed.body.videoUrl });
      expect(gpMails[gpMails.length - 1].subject).toContain('Nyt videolink');
    }, 120_000);
  });
});
