import { INestApplicationContext } from '@nestjs/common';
import { hashSecretToken } from '@app/common';
import { MailCatcher } from '../scripts/local/mail-catcher';
import { auth, createWorld, setPasswordDirectly, unique, World } from './support/factories';
import { auditEventsAbout, bearer, signIn, TEST_PASSWORD } from './support/identity';
import { mailsTo, startMailCatcher, startWorker } from './support/mail-world';
import { enrolmentOf, enrolTotp, totpCode } from './support/mfa';
import { createTestApp, TestApp } from './support/test-app';

// Replays each sign-in attack of issue 13 against the real api, worker, database and SMTP server.
jest.setTimeout(60_000);

const SLOWDOWN_MS = 400;
const TOKEN_IN_LINK = /#\/adgangskode\?token=([A-Za-z0-9_-]+)/;

describe('Sign-in hardening', () => {
  let t: TestApp; // TRUST_PROXY unset: the socket address is the client
  let proxied: TestApp; // TRUST_PROXY=1: one proxy in front, its X-Forwarded-For entry counts
  let worker: INestApplicationContext;
  let catcher: MailCatcher;
  let w: World;

  beforeAll(async () => {
    catcher = await startMailCatcher();
    process.env.LOGIN_SLOWDOWN = `${SLOWDOWN_MS}ms`;
    process.env.TRUST_PROXY = '1';
    proxied = await createTestApp();
    delete process.env.TRUST_PROXY;
    t = await createTestApp();
    worker = await startWorker();
    w = await createWorld(t.db, t.http);
  });
  afterAll(async () => {
    await worker.close();
    await Promise.all([t.close(), proxied.close()]);
    await catcher.stop();
    delete process.env.LOGIN_SLOWDOWN;
  });

  const login = (app: TestApp, email: string, password: string, xff?: string) => {
    const request = app.http.post('/api/v1/auth/login');
    if (xff !== undefined) request.set('X-Forwarded-For', xff);
    return request.send({ email, password });
  };
  const failureIps = async (email: string): Promise<(string | null)[]> =>
    (
      await t.db.query(
        `SELECT ip FROM audit_events WHERE action = 'login.failed' AND details->>'email' = $1 ORDER BY occurred_at, id`,
        [email],
      )
    ).map((row: { ip: string | null }) => row.ip);
  const clientThrottle = (email: string) =>
    t.db.query(`SELECT client_ip, failures, locked_until FROM login_client_throttle WHERE email = $1`, [
      email,
    ]);
  const newUser = async (role: 'consultant' | 'admin', municipalityId: string | null) => {
    const email = `${role}.${unique(10)}@test.dk`;
    const [row] = await t.db.query(
      `INSERT INTO users (email, name, role, region_id, municipality_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [email, `Person ${unique()}`, role, w.regionId, municipalityId],
    );
    await setPasswordDirectly(t.db, row.id, TEST_PASSWORD);
    return { id: row.id as string, email };
  };
  const linkTokenIn = async (email: string, count: number): Promise<string> => {
    await catcher.waitFor((messages) => mailsTo(messages, email).length >= count, 20_000);
    const mail = mailsTo(catcher.messages, email)[count - 1];
    const match = TOKEN_IN_LINK.exec(mail.text);
    if (!match) throw new Error(`no link in "${mail.subject}"`);
    return match[1];
  };

  describe('proxy trust', () => {
    it('ignores a spoofed X-Forwarded-For without TRUST_PROXY', async () => {
      const email = `spoof.${unique(8)}@test.dk`;
      await login(t, email, 'wrong', '203.0.113.7').expect(401);
      const [ip] = await failureIps(email);
      expect(ip).not.toBe('203.0.113.7');
      expect(ip).toMatch(/127\.0\.0\.1|::1/);
      expect((await clientThrottle(email))[0].client_ip).toBe(ip);
    });

    it('with TRUST_PROXY=1 takes the client from the proxy’s X-Forwarded-For entry', async () => {
      const email = `proxied.${unique(8)}@test.dk`;
      await login(proxied, email, 'wrong', '198.51.100.1, 203.0.113.7').expect(401);
      expect(await failureIps(email)).toEqual(['203.0.113.7']);
    });

    it('a 5000-character or malformed X-Forwarded-For gives no 500, and the failure is counted and audited', async () => {
      for (const app of [t, proxied]) {
        const email = `long.${unique(8)}@test.dk`;
        const response = await login(app, email, 'wrong', 'x'.repeat(5000));
        expect(response.status).toBe(401);
        expect(response.body.code).toBe('UNAUTHENTICATED');
        expect((await clientThrottle(email))[0].failures).toBe(1);
        expect(await failureIps(email)).toHaveLength(1);
      }
      const email = `bad.${unique(8)}@test.dk`;
      await login(proxied, email, 'wrong', 'not-an-ip, <script>').expect(401);
      expect(await failureIps(email)).toEqual([null]);
      expect((await clientThrottle(email))[0]).toMatchObject({ client_ip: 'unknown', failures: 1 });
    });
  });

  describe('lock-out', () => {
    it('refuses the right password during a lock exactly like a wrong one and keeps the count; mails the owner once', async () => {
      const user = await newUser('consultant', w.municipalityA);
      for (let i = 0; i < 4; i++) await login(t, user.email, 'wrong').expect(401);
      const locking = await login(t, user.email, 'wrong').expect(429);
      expect(locking.body).toMatchObject({ code: 'RATE_LIMITED', lockedUntil: expect.any(String) });
      expect(new Date(locking.body.lockedUntil).getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

      const wrong = await login(t, user.email, 'still-wrong');
      const right = await login(t, user.email, TEST_PASSWORD);
      expect(right.status).toBe(wrong.status);
      expect(right.body).toEqual(wrong.body);
      expect(right.headers['content-type']).toBe(wrong.headers['content-type']);
      expect(right.body.lockedUntil).toBe(locking.body.lockedUntil);
      // Unknown addresses get the same answer (no oracle of existence).
      const unknown = `nobody.${unique(8)}@test.dk`;
      for (let i = 0; i < 5; i++) await login(t, unknown, 'wrong');
      const unknownLocked = await login(t, unknown, 'wrong').expect(429);
      expect(Object.keys(unknownLocked.body).sort()).toEqual(Object.keys(right.body).sort());
      expect(unknownLocked.body.detail).toBe(right.body.detail);

      // The right password did not clear the count: still locked, count grew.
      const [row] = await clientThrottle(user.email);
      expect(row.failures).toBe(7);
      expect(new Date(row.locked_until).toISOString()).toBe(locking.body.lockedUntil);
      await login(t, user.email, TEST_PASSWORD).expect(429);

      const events = await auditEventsAbout(t.db, user.id);
      const failed = events.filter((e) => e.action === 'login.failed');
      expect(failed).toHaveLength(8);
      expect(failed.slice(5).map((e) => e.details.reason)).toEqual(['locked', 'locked', 'locked']);
      expect(events.filter((e) => e.action === 'login.locked')).toHaveLength(1);

      await catcher.waitFor((messages) => mailsTo(messages, user.email).length >= 1, 20_000);
      const [mail] = mailsTo(catcher.messages, user.email);
      expect(mail.subject).toContain('midlertidigt låst');
      expect(mail.text).toContain('Glemt adgangskode');
      expect(mail.text).not.toContain(TEST_PASSWORD);
      expect(mailsTo(catcher.messages, unknown)).toHaveLength(0);

      // A second lock from another client within the lock period is audited, but mails nobody again.
      for (let i = 0; i < 5; i++) await login(proxied, user.email, 'wrong', '198.51.100.99');
      const locks = (await auditEventsAbout(t.db, user.id)).filter((e) => e.action === 'login.locked');
      expect(locks).toHaveLength(2);
      const [{ notices }] = await t.db.query(
        `SELECT count(*)::int AS notices FROM outbox_messages WHERE kind = 'account.locked' AND payload->>'userId' = $1`,
        [user.id],
      );
      expect(notices).toBe(1);
    });

    it('a lock from one client does not lock the owner out from another, but slows every attempt down', async () => {
      const user = await newUser('consultant', w.municipalityA);
      for (let i = 0; i < 5; i++) await login(proxied, user.email, 'wrong', '203.0.113.66');
      await login(proxied, user.email, TEST_PASSWORD, '203.0.113.66').expect(429);

      const started = Date.now();
      const owner = await login(proxied, user.email, TEST_PASSWORD, '198.51.100.20');
      const elapsed = Date.now() - started;
      expect(owner.status).toBe(200);
      expect(owner.body.accessToken).toEqual(expect.any(String));
      expect(elapsed).toBeGreaterThanOrEqual(SLOWDOWN_MS);
      // The attacker's client stays locked after the owner's success.
      await login(proxied, user.email, TEST_PASSWORD, '203.0.113.66').expect(429);
    });
  });

  describe('one-time password links', () => {
    it('an admin cannot set or read a password through the API', async () => {
      const created = await t.http
        .post('/api/v1/users')
        .set(auth(w.admin))
        .send({ email: `ny.${unique(8)}@test.dk`, name: 'Ny', role: 'contact', password: 'chosen-by-admin' })
        .expect(400);
      expect(created.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'password' })],
      });
      const patched = await t.http
        .patch(`/api/v1/users/${w.contactA.id}`)
        .set(auth(w.admin))
        .send({ password: 'chosen-by-admin' })
        .expect(400);
      expect(patched.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
    });

    it('invitation: a single-use link where the user sets the password; audited; the token is stored only hashed', async () => {
      const email = `inviteret.${unique(8)}@test.dk`;
      const created = await t.http
        .post('/api/v1/users')
        .set(auth(w.admin))
        .send({ email, name: 'Inviteret Kontakt', role: 'contact' })
        .expect(201);
      const token = await linkTokenIn(email, 1);
      const [mail] = mailsTo(catcher.messages, email);
      expect(mail.subject).toBe('Du er oprettet i Sparringsportalen');

      // The worker marks the link sent (with the token's hash) as it commits, just after the SMTP reply.
      const storedHash = async () =>
        (await t.db.query(`SELECT token_hash FROM account_tokens WHERE user_id = $1`, [created.body.id]))[0]
          .token_hash as string | null;
      const deadline = Date.now() + 10_000;
      while ((await storedHash()) === null && Date.now() < deadline)
        await new Promise((r) => setImmediate(r));
      expect(await storedHash()).toBe(hashSecretToken(token));
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE payload::text LIKE '%' || $1 || '%'`,
        [token],
      );
      expect(n).toBe(0);

      const short = await t.http.post('/api/v1/auth/password').send({ token, password: 'kort' }).expect(400);
      expect(short.body.errors).toEqual([expect.objectContaining({ field: 'password' })]);
      await t.http.post('/api/v1/auth/password').send({ token, password: 'mit-eget-kodeord-1' }).expect(204);
      const session = await signIn(t.http, email, 'mit-eget-kodeord-1');
      expect(session.user.id).toBe(created.body.id);

      const again = await t.http
        .post('/api/v1/auth/password')
        .send({ token, password: 'et-andet-kodeord-2' })
        .expect(400);
      expect(again.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field: 'token' })],
      });
      await login(t, email, 'et-andet-kodeord-2').expect(401);

      const actions = (await auditEventsAbout(t.db, created.body.id)).map((e) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining(['user.created', 'user.invited', 'password.set', 'password.link_refused']),
      );
    });

    it('an expired link is refused; an admin-triggered reset link works, and the admin never sees it', async () => {
      const user = await newUser('consultant', w.municipalityA);
      const sent = await t.http
        .post(`/api/v1/users/${user.id}/password-reset`)
        .set(auth(w.admin))
        .expect(202);
      expect(sent.body).toEqual({});
      const token = await linkTokenIn(user.email, 1);
      await t.db.query(
        `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
        [user.id],
      );
      await t.http.post('/api/v1/auth/password').send({ token, password: 'nyt-kodeord-123' }).expect(400);
      await signIn(t.http, user.email, TEST_PASSWORD); // the old password still works

      await t.http.post(`/api/v1/users/${user.id}/password-reset`).set(auth(w.admin)).expect(202);
      const fresh = await linkTokenIn(user.email, 2);
      const before = await signIn(t.http, user.email, TEST_PASSWORD);
      await t.http
        .post('/api/v1/auth/password')
        .send({ token: fresh, password: 'nyt-kodeord-123' })
        .expect(204);
      // A new password ends every session.
      await t.http.get('/api/v1/auth/me').set(bearer(before.accessToken)).expect(401);
      await login(t, user.email, TEST_PASSWORD).expect(401);
      await signIn(t.http, user.email, 'nyt-kodeord-123');
      const actions = (await auditEventsAbout(t.db, user.id)).map((e) => e.action);
      expect(actions.filter((a) => a === 'user.password_reset_sent')).toHaveLength(2);
    });

    it('"Glemt adgangskode" answers the same whether or not the address exists', async () => {
      const user = await newUser('consultant', w.municipalityA);
      const known = await t.http.post('/api/v1/auth/password/forgot').send({ email: user.email });
      const unknown = await t.http
        .post('/api/v1/auth/password/forgot')
        .send({ email: `ingen.${unique(8)}@test.dk` });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(known.status);
      expect(unknown.body).toEqual(known.body);
      const token = await linkTokenIn(user.email, 1);
      expect(mailsTo(catcher.messages, user.email)[0].subject).toBe(
        'Nulstil din adgangskode til Sparringsportalen',
      );
      await t.http.post('/api/v1/auth/password').send({ token, password: 'glemt-og-fundet-1' }).expect(204);
      await signIn(t.http, user.email, 'glemt-og-fundet-1');
    });
  });

  describe('multi-factor (TOTP)', () => {
    it('enrol, then sign in with a code: wrong and replayed codes refused, recovery codes work once, amr recorded', async () => {
      const user = await newUser('consultant', w.municipalityA);
      const first = await signIn(t.http, user.email);
      const started = await t.http.post('/api/v1/auth/mfa/totp').set(bearer(first.accessToken)).expect(201);
      expect(started.body.qrCode).toMatch(/^data:image\/png;base64,/);
      expect(started.body.otpauthUri).toContain(`secret=${started.body.secret}`);
      const [row] = await t.db.query(`SELECT secret_ciphertext FROM user_mfa WHERE user_id = $1`, [user.id]);
      expect(Buffer.from(row.secret_ciphertext).toString('latin1')).not.toContain(started.body.secret);

      const wrongEnrol = await t.http
        .post('/api/v1/auth/mfa/totp/confirm')
        .set(bearer(first.accessToken))
        .send({ code: totpCode(started.body.secret, 10) })
        .expect(400);
      expect(wrongEnrol.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
      const enrolCode = totpCode(started.body.secret);
      const confirmed = await t.http
        .post('/api/v1/auth/mfa/totp/confirm')
        .set(bearer(first.accessToken))
        .send({ code: enrolCode })
        .expect(200);
      expect(confirmed.body.recoveryCodes).toHaveLength(10);
      const me = await t.http.get('/api/v1/auth/me').set(bearer(first.accessToken)).expect(200);
      expect(me.body).toMatchObject({ mfa: true, mfaEnabled: true, amr: ['pwd', 'otp'] });

      const challenge = await login(t, user.email, TEST_PASSWORD).expect(200);
      expect(challenge.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String), expiresIn: 300 });
      const step = (body: Record<string, string>) => t.http.post('/api/v1/auth/login/mfa').send(body);
      await step({ mfaToken: challenge.body.mfaToken, code: totpCode(started.body.secret, 10) }).expect(401);
      // The enrolment's code was accepted for this step: the same code again is a replay.
      await step({ mfaToken: challenge.body.mfaToken, code: enrolCode }).expect(401);
      const next = totpCode(started.body.secret, 1);
      const signedIn = await step({ mfaToken: challenge.body.mfaToken, code: next }).expect(200);
      const me2 = await t.http.get('/api/v1/auth/me').set(bearer(signedIn.body.accessToken)).expect(200);
      expect(me2.body).toMatchObject({ mfa: true, amr: ['pwd', 'otp'] });
      const replay = await login(t, user.email, TEST_PASSWORD).expect(200);
      await step({ mfaToken: replay.body.mfaToken, code: next }).expect(401);

      const [recoveryCode] = confirmed.body.recoveryCodes;
      const viaRecovery = await step({
        mfaToken: replay.body.mfaToken,
        recoveryCode: recoveryCode.toLowerCase(),
      }).expect(200);
      const me3 = await t.http.get('/api/v1/auth/me').set(bearer(viaRecovery.body.accessToken)).expect(200);
      expect(me3.body.amr).toEqual(['pwd', 'rc']);
      await step({ mfaToken: replay.body.mfaToken, recoveryCode }).expect(401);
      await step({ mfaToken: 'not-a-token', code: '123456' }).expect(401);

      const reasons = (await auditEventsAbout(t.db, user.id))
        .filter((e) => e.action === 'login.failed')
        .map((e) => e.details.reason);
      expect(reasons).toEqual(['wrong_otp', 'wrong_otp', 'wrong_otp', 'wrong_recovery_code']);

      // A lost phone: an admin removes the authenticator; sessions end, sign-in takes the password alone.
      await t.http.post(`/api/v1/users/${user.id}/mfa-reset`).set(auth(w.admin)).expect(204);
      await t.http.get('/api/v1/auth/me').set(bearer(viaRecovery.body.accessToken)).expect(401);
      const plain = await login(t, user.email, TEST_PASSWORD).expect(200);
      expect(plain.body.accessToken).toEqual(expect.any(String));
      expect((await auditEventsAbout(t.db, user.id)).map((e) => e.action)).toContain('mfa.reset');
    });

    it('an admin without MFA can only enrol; after enrolment the admin endpoints open, and sign-in asks for a code', async () => {
      const admin = await newUser('admin', null);
      const first = await login(t, admin.email, TEST_PASSWORD).expect(200);
      expect(first.body).toMatchObject({ accessToken: expect.any(String), mfaEnrolmentRequired: true });
      const blocked = await t.http.get('/api/v1/users').set(bearer(first.body.accessToken)).expect(403);
      expect(blocked.body).toMatchObject({ code: 'FORBIDDEN', mfaEnrolmentRequired: true });
      await t.http.get('/api/v1/municipalities').set(bearer(first.body.accessToken)).expect(403);
      const me = await t.http.get('/api/v1/auth/me').set(bearer(first.body.accessToken)).expect(200);
      expect(me.body).toMatchObject({
        role: 'admin',
        mfa: false,
        mfaEnabled: false,
        mfaEnrolmentRequired: true,
      });

      await enrolTotp(t.http, admin.email, first.body.accessToken);
      await t.http.get('/api/v1/users').set(bearer(first.body.accessToken)).expect(200);
      const next = await login(t, admin.email, TEST_PASSWORD).expect(200);
      expect(next.body).toMatchObject({ mfaRequired: true });
      expect(next.body.accessToken).toBeUndefined();
      const code = totpCode(enrolmentOf(admin.email)!.secret, 1);
      const done = await t.http
        .post('/api/v1/auth/login/mfa')
        .send({ mfaToken: next.body.mfaToken, code })
        .expect(200);
      await t.http.get('/api/v1/users').set(bearer(done.body.accessToken)).expect(200);
    });
  });
});
