import { INestApplicationContext } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { MailCatcher } from '../scripts/local/mail-catcher';
import { DashboardTokens } from '../apps/api/src/queues/dashboard-token';
import {
  auth,
  bookingBody,
  createSlot,
  createWorld,
  login,
  setPasswordDirectly,
  TestUser,
  unique,
  World,
} from './support/factories';
import { TEST_PASSWORD } from './support/identity';
import { startMailCatcher, startWorker } from './support/mail-world';
import { createTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * Nothing sensitive leaves by a side door: caching, headers of the queue dashboard, e-mail header
 * injection, iCalendar parameter injection, and mail the server refused. Each test replays the attack.
 */
jest.setTimeout(60_000);

describe('Side doors', () => {
  let t: TestApp;
  let w: World;
  let catcher: MailCatcher;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    t = await createTestApp();
    worker = await startWorker();
    w = await createWorld(t.db, t.http);
  });
  afterAll(async () => {
    await worker.close();
    await t.close();
    await catcher.stop();
  });

  it('answers every api request — successes and errors — with Cache-Control: no-store', async () => {
    for (const response of [
      await t.http.get('/api/v1/auth/me').set(auth(w.consultantA)),
      await t.http.get('/api/v1/bookings').set(auth(w.consultantA)),
      await t.http.get('/api/v1/auth/me'),
      await t.http.get('/api/v1/bookings/not-a-uuid').set(auth(w.consultantA)),
      await t.http.post('/api/v1/auth/login').send({ email: w.consultantA.email, password: TEST_PASSWORD }),
    ]) {
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('sends upgrade-insecure-requests only when APP_URL is https, and the dashboard cookie is Secure there', async () => {
    const plain = await t.http.get('/health/live');
    expect(plain.headers['content-security-policy']).toBeDefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');

    const before = process.env.APP_URL;
    process.env.APP_URL = 'https://sparring.example.dk';
    const secure = await createTestApp();
    try {
      const csp = (await secure.http.get('/health/live')).headers['content-security-policy'];
      expect(csp).toContain('upgrade-insecure-requests');
      const admin = await login(secure.http, w.admin.email, TEST_PASSWORD);
      const session = await secure.http
        .post('/admin/queues/session')
        .set({ Authorization: `Bearer ${admin}` })
        .expect(204);
      expect(session.headers['set-cookie']![0].split('; ')).toContain('Secure');
    } finally {
      await secure.close();
      if (before === undefined) delete process.env.APP_URL;
      else process.env.APP_URL = before;
    }
  });

  it('queue dashboard: own CSP, Danish page, and a short-lived dashboard-only cookie that is no bearer token', async () => {
    const page = await t.http.get('/admin/queues').set(auth(w.admin)).expect(200);
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page.text).toContain('<html lang="da"');
    expect(page.text).toContain('<title>Køer — Sparringsportalen</title>');
    // The rest of the site keeps its own (stricter) policy.
    expect((await t.http.get('/health/live')).headers['content-security-policy']).not.toBe(csp);

    const session = await t.http.post('/admin/queues/session').set(auth(w.admin)).expect(204);
    const setCookie = session.headers['set-cookie']![0];
    // @fastify/cookie orders the attributes its own way: check each one.
    const [pair, ...attributes] = setCookie.split('; ');
    expect(pair).toMatch(/^sparring_queues=[^;]+$/);
    expect(attributes.sort()).toEqual(['HttpOnly', 'Max-Age=900', 'Path=/admin/queues', 'SameSite=Strict']);
    const value = setCookie.split(';')[0].slice('sparring_queues='.length);
    expect(value).not.toBe(w.admin.token);
    await t.http.get('/admin/queues/api/queues').set('Cookie', `sparring_queues=${value}`).expect(200);
    // The dashboard token is worth nothing against the api …
    await t.http
      .get('/api/v1/auth/me')
      .set({ Authorization: `Bearer ${value}` })
      .expect(401);
    // … and an access token smuggled into the cookie is refused.
    await t.http
      .get('/admin/queues/api/queues')
      .set('Cookie', `sparring_queues=${w.admin.token}`)
      .expect(401);
    // The cookie cannot mint a new one; non-admins get none.
    await t.http.post('/admin/queues/session').set('Cookie', `sparring_queues=${value}`).expect(403);
    await t.http.post('/admin/queues/session').set(auth(w.consultantA)).expect(403);

    // Expired after its 15 minutes.
    const tokens = new DashboardTokens(t.app.get(AppConfig).authSecret, 15 * 60_000);
    const [{ id: sessionId }] = await t.db.query(
      `SELECT id FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
      [w.admin.id],
    );
    const stale = tokens.issue(w.admin.id, sessionId, Date.now() - 16 * 60_000);
    await t.http.get('/admin/queues/api/queues').set('Cookie', `sparring_queues=${stale}`).expect(401);
    const fresh = tokens.issue(w.admin.id, sessionId);
    await t.http.get('/admin/queues/api/queues').set('Cookie', `sparring_queues=${fresh}`).expect(200);
    // A forged signature is refused.
    const forged = `${fresh.split('.')[0]}.${'A'.repeat(43)}`;
    await t.http.get('/admin/queues/api/queues').set('Cookie', `sparring_queues=${forged}`).expect(401);
  });

  it('refuses e-mail addresses with CR/LF or a quoted local part, in Danish, wherever an address is taken', async () => {
    const slotId = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const attempts: [string, Record<string, unknown>, string][] = [
      [
        '/api/v1/bookings',
        bookingBody(slotId, { gpEmail: 'laege@praksis.dk\r\nBcc: alle@evil.dk' }),
        'gpEmail',
      ],
      ['/api/v1/bookings', bookingBody(slotId, { gpEmail: '"laege\r\nbcc"@praksis.dk' }), 'gpEmail'],
      [
        '/api/v1/bookings',
        bookingBody(slotId, { participantEmails: ['"a b"@kommune.dk'] }),
        'participantEmails',
      ],
      [
        '/api/v1/bookings',
        bookingBody(slotId, { participantEmails: ['ok@kommune.dk', 'x@kommune.dk\n'] }),
        'participantEmails',
      ],
    ];
    for (const [path, body, field] of attempts) {
      const response = await t.http.post(path).set(auth(w.consultantA)).send(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      const error = (response.body.errors as { field: string; message: string }[]).find((e) =>
        e.field.startsWith(field),
      );
      expect(error?.message).toMatch(/e-mailadresse/);
    }
    for (const email of ['"ny bruger"@test.dk', `ny.${unique()}@test.dk\r\nX: y`]) {
      const response = await t.http
        .post('/api/v1/users')
        .set(auth(w.admin))
        .send({ email, name: 'Ny', role: 'contact' });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.errors)).toMatch(/e-mailadresse/);
    }
    await t.http
      .patch(`/api/v1/users/${w.colleagueA.id}`)
      .set(auth(w.admin))
      .send({ email: 'kollega@test.dk\nBcc: x@y.dk' })
      .expect(400);
    expect(await t.db.query(`SELECT 1 FROM bookings WHERE slot_id = $1`, [slotId])).toHaveLength(0);
  });

  it('quotes names in the invite per RFC 5545: a " in a name cannot end CN and add parameters', async () => {
    const email = `anna.${unique(8)}@test.dk`;
    const name = 'Anna "Bo"; ROLE=CHAIR; X-EVIL=1: x';
    const created = await t.http
      .post('/api/v1/users')
      .set(auth(w.admin))
      .send({ email, name, role: 'consultant', municipalityId: w.municipalityA })
      .expect(201);
    await setPasswordDirectly(t.db, created.body.id, TEST_PASSWORD);
    const consultant: TestUser = { id: '', email, token: await login(t.http, email, TEST_PASSWORD) };
    const slotId = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const booking = await t.http
      .post('/api/v1/bookings')
      .set(auth(consultant))
      .send(bookingBody(slotId))
      .expect(201);
    const ics = await t.http
      .get(`/api/v1/bookings/${booking.body.id}/invite.ics`)
      .set(auth(consultant))
      .expect(200);
    const unfolded = ics.text.replace(/\r\n[ \t]/g, '');
    const attendee = unfolded.split('\r\n').find((line) => line.includes(`MAILTO:${email}`))!;
    expect(attendee).toBeDefined();
    // The CN value is one quoted string without any DQUOTE inside; nothing after it but the value.
    const cn = /;CN="([^"]*)"(;|:)/.exec(attendee);
    expect(cn).not.toBeNull();
    expect(cn![1]).toBe("Anna 'Bo'; ROLE=CHAIR; X-EVIL=1: x");
    expect(attendee.split('"')).toHaveLength(3);
    expect(attendee).not.toMatch(/;ROLE=CHAIR/);
    expect(attendee).not.toMatch(/;X-EVIL=/);
  });

  it('shows a guest whose address the mail server refused as undelivered on the booking', async () => {
    const gp = `laege.${unique(8)}@praksis.dk`;
    // Fixed words: a random token in it could itself read as an identifier to the anonymity check.
    const question = 'Hvordan hjælper vi en elev, der ikke tør tale i timerne og helst sidder ved vinduet?';
    catcher.rejectWith = ({ to }) => (to.includes(gp) ? { code: 550, message: 'No such user here' } : null);
    try {
      const slotId = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
      const booked = await t.http
        .post('/api/v1/bookings')
        .set(auth(w.consultantA))
        .send(bookingBody(slotId, { gpEmail: gp, question }))
        .expect(201);
      expect(booked.body.undeliveredRecipients).toEqual([]);
      const view = await waitFor(
        async () => {
          const { body } = await t.http.get(`/api/v1/bookings/${booked.body.id}`).set(auth(w.consultantA));
          return (body.undeliveredRecipients ?? []).length > 0 ? body : undefined;
        },
        { timeout: 20_000, what: 'the refused recipient to show on the booking' },
      );
      expect(view.undeliveredRecipients).toEqual([gp]);

      // The mail went through the outbox, BullMQ and SMTP: no key of this run's queues in Redis holds
      // the booking's question (job payloads are ids only; the idempotency cache is in PostgreSQL).
      const config = t.app.get(AppConfig);
      const redis = new Redis(config.redisUrl);
      try {
        const keys: string[] = [];
        let cursor = '0';
        do {
          const [next, batch] = await redis.scan(cursor, 'MATCH', `${config.queuePrefix}:*`, 'COUNT', 1000);
          cursor = next;
          keys.push(...batch);
        } while (cursor !== '0');
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) {
          const type = await redis.type(key);
          const values =
            type === 'hash'
              ? await redis.hvals(key)
              : type === 'string'
                ? [(await redis.get(key)) ?? '']
                : type === 'list'
                  ? await redis.lrange(key, 0, -1)
                  : type === 'zset'
                    ? await redis.zrange(key, 0, -1)
                    : type === 'set'
                      ? await redis.smembers(key)
                      : [];
          expect({ key, leaks: values.some((value) => value.includes(question)) }).toEqual({
            key,
            leaks: false,
          });
        }
      } finally {
        redis.disconnect();
      }
      const contactView = await t.http
        .get(`/api/v1/bookings/${booked.body.id}`)
        .set(auth(w.contactA))
        .expect(200);
      expect(contactView.body.undeliveredRecipients).toEqual([gp]);
    } finally {
      catcher.rejectWith = () => null;
    }
  });
});
