import ICAL from 'ical.js';
import { auth, bookingBody, createSlot, createWorld } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Calendar feed: a secret, revocable URL with the user’s upcoming sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const feedPath = (url: string) => new URL(url).pathname;

  it('lists the user’s sessions without auth, stores only a hash, and a new URL revokes the old', async () => {
    const w = await createWorld(t.db, t.http);
    const slot = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const booked = await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(slot));
    expect(booked.status).toBe(201);

    const first = await t.http.post('/api/v1/me/calendar-feed').set(auth(w.contactA));
    expect(first.status).toBe(200);
    expect(first.body.url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
    const token = feedPath(first.body.url)
      .split('/')
      .pop()!
      .replace(/\.ics$/, '');
    const stored = await t.db.query(`SELECT token_hash FROM calendar_feed_tokens WHERE user_id = $1`, [
      w.contactA.id,
    ]);
    expect(stored[0].token_hash).not.toContain(token);

    const feed = await t.http.get(feedPath(first.body.url));
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    const uids = calendar.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    expect(uids).toEqual([`${booked.body.id}@sparringsportalen`]);
    expect(feed.text).not.toContain(bookingBody(slot).question as string);

    const second = await t.http.post('/api/v1/me/calendar-feed').set(auth(w.contactA));
    expect(second.body.url).not.toBe(first.body.url);
    expect((await t.http.get(feedPath(first.body.url))).status).toBe(404);
    expect((await t.http.get(feedPath(second.body.url))).status).toBe(200);
    expect((await t.http.get('/api/v1/calendar/not-a-real-token-at-all-xxxxxxxx.ics')).status).toBe(404);
  }, 30_000);
});
