import { generateKeyPairSync } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import { freePort } from '../scripts/local/free-port';
import { createWorld, unique, World } from './support/factories';
import { bearer } from './support/identity';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const APP_URL = 'http://sparring.test';
const CALLBACK = `${APP_URL}/api/v1/auth/oidc/callback`;
const CLIENT_ID = 'sparringsportalen';
const CLIENT_SECRET = 'a-client-secret-for-the-test-provider';

interface Identity {
  sub: string;
  email: string;
  email_verified?: boolean;
}

/**
 * A real OpenID provider (oidc-provider) with one confidential client. Its interaction (login and
 * consent) completes at once as `provider.nextLogin`, the identity the next browser "types in".
 */
async function startProvider(): Promise<{ issuer: string; server: Server; login(who: Identity): void }> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, Identity>();
  let next: Identity | null = null;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [CALLBACK],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    jwks: { keys: [{ ...signingKey, kid: 'test', alg: 'RS256', use: 'sig' }] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['test-provider-cookie-key'] },
    features: { devInteractions: { enabled: false } },
    // Scope claims in the ID token (the platform reads e-mail from there).
    conformIdTokenClaims: false,
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      // Claims the platform must ignore: role and municipality are its own records'.
      profile: ['name', 'role', 'municipality_id'],
    },
    findAccount: (_ctx, sub) => {
      const who = accounts.get(sub);
      if (!who) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: who.email,
          ...('email_verified' in who ? { email_verified: who.email_verified } : {}),
          name: 'Fra udbyderen',
          role: 'admin',
          municipality_id: '00000000-0000-0000-0000-000000000000',
        }),
      };
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();
  const interact = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      if (!next) throw new Error('no login prepared');
      accounts.set(next.sub, next);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: next.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    const grant = details.grantId
      ? (await provider.Grant.find(details.grantId))!
      : new provider.Grant({
          accountId: details.session!.accountId,
          clientId: String(details.params.client_id),
        });
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { consent: details.grantId ? {} : { grantId } },
      { mergeWithLastSubmission: true },
    );
  };
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    } else {
      void callback(req, res);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    server,
    login: (who) => {
      next = who;
    },
  };
}

/** A browser at the provider: follows redirects with a cookie jar until it is sent back to the app. */
async function atProvider(url: string): Promise<URL> {
  const jar = new Map<string, string>();
  let location = url;
  for (let hop = 0; hop < 15; hop++) {
    if (location.startsWith(APP_URL)) return new URL(location);
    const response = await fetch(location, {
      redirect: 'manual',
      headers: { Cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const next = response.headers.get('location');
    if (!next)
      throw new Error(`provider stopped at ${location}: ${response.status} ${await response.text()}`);
    location = new URL(next, location).href;
  }
  throw new Error('too many redirects at the provider');
}

const STATE_COOKIE = /^(sp_oidc=[^;]*)/;

describe('Single sign-on (OpenID Connect)', () => {
  let t: TestApp;
  let w: World;
  let idp: Awaited<ReturnType<typeof startProvider>>;
  const saved = { ...process.env };

  /** Starts a sign-in at the app: the provider URL and the state cookie. */
  const begin = async (): Promise<{ url: string; cookie: string }> => {
    const response = await t.http.get('/api/v1/auth/oidc/login').expect(302);
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const cookie = setCookie.map((c) => STATE_COOKIE.exec(c)?.[1]).find(Boolean);
    expect(setCookie.join()).toMatch(/HttpOnly/);
    expect(setCookie.join()).toMatch(/SameSite=Lax/);
    expect(response.headers.location).toMatch(new RegExp(`^${idp.issuer}/`));
    return { url: response.headers.location, cookie: cookie! };
  };

  /** Returns to the app's callback with the given query string; the web-app URL the app redirects to. */
  const callback = async (returned: URL, cookie: string | null): Promise<string> => {
    const request = t.http.get(`${returned.pathname}${returned.search}`);
    if (cookie) request.set('Cookie', cookie);
    const response = await request.expect(302);
    return response.headers.location;
  };

  const signInAs = async (who: Identity): Promise<string> => {
    idp.login(who);
    const { url, cookie } = await begin();
    return callback(await atProvider(url), cookie);
  };

  const tokensOf = (location: string): Record<string, string> => {
    expect(location.startsWith(`${APP_URL}/#/sso#`)).toBe(true);
    return Object.fromEntries(new URLSearchParams(location.slice(`${APP_URL}/#/sso#`.length)));
  };

  const failures = (reason: string): Promise<{ details: Record<string, unknown> }[]> =>
    t.db.query(
      `SELECT details FROM audit_events WHERE action = 'login.failed' AND details->>'method' = 'oidc'
          AND details->>'reason' = $1`,
      [reason],
    );

  beforeAll(async () => {
    idp = await startProvider();
    Object.assign(process.env, {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      APP_URL,
    });
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => idp?.server.close(resolve));
    process.env = saved;
  });

  it('lets a provisioned user in with our role and municipality, binds the subject, and audits it', async () => {
    const sub = `sub-${unique()}`;
    // Matched on e-mail regardless of case.
    const location = await signInAs({ sub, email: w.consultantA.email.toUpperCase(), email_verified: true });
    const tokens = tokensOf(location);
    expect(tokens).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: '900',
    });

    const me = await t.http.get('/api/v1/auth/me').set(bearer(tokens.accessToken)).expect(200);
    expect(me.body).toMatchObject({
      id: w.consultantA.id,
      role: 'consultant',
      municipalityId: w.municipalityA,
    });
    const refreshed = await t.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: tokens.refreshToken })
      .expect(200);
    expect(refreshed.body.user.id).toBe(w.consultantA.id);

    const [user] = await t.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [w.consultantA.id]);
    expect(user.oidc_subject).toBe(`${idp.issuer} ${sub}`);
    const [session] = await t.db.query(
      `SELECT method FROM auth_sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [w.consultantA.id],
    );
    expect(session.method).toBe('oidc');
    const succeeded = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'login.succeeded' AND actor_id = $1`,
      [w.consultantA.id],
    );
    expect(succeeded.map((e: { details: unknown }) => e.details)).toContainEqual({
      method: 'oidc',
      amr: 'oidc',
    });

    // Next time the subject decides, even when the provider's e-mail has changed.
    const again = tokensOf(
      await signInAs({ sub, email: `renamed.${unique()}@test.dk`, email_verified: true }),
    );
    const meAgain = await t.http.get('/api/v1/auth/me').set(bearer(again.accessToken)).expect(200);
    expect(meAgain.body.id).toBe(w.consultantA.id);

    // Another subject with the same e-mail cannot take over the bound account.
    const other = await signInAs({
      sub: `sub-${unique()}`,
      email: w.consultantA.email,
      email_verified: true,
    });
    expect(other).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    expect((await failures('subject_mismatch')).length).toBeGreaterThan(0);
  });

  it('an admin signing in through single sign-on is exempt from our second factor (the provider does it)', async () => {
    const tokens = tokensOf(
      await signInAs({ sub: `sub-${unique()}`, email: w.admin.email, email_verified: true }),
    );
    const me = await t.http.get('/api/v1/auth/me').set(bearer(tokens.accessToken)).expect(200);
    expect(me.body).toMatchObject({ role: 'admin', amr: ['oidc'], mfaEnrolmentRequired: false });
    await t.http.get('/api/v1/users').set(bearer(tokens.accessToken)).expect(200);
  });

  it('refuses a user no admin created, and an unverified e-mail', async () => {
    const email = `stranger.${unique()}@test.dk`;
    const location = await signInAs({ sub: `sub-${unique()}`, email, email_verified: true });
    expect(location).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    const refused = await failures('unknown_user');
    expect(refused.map((e) => e.details.email)).toContain(email);

    const unverified = await signInAs({
      sub: `sub-${unique()}`,
      email: w.colleagueA.email,
      email_verified: false,
    });
    expect(unverified).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    const [colleague] = await t.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [w.colleagueA.id]);
    expect(colleague.oidc_subject).toBeNull();
  });

  it('refuses a deactivated user', async () => {
    await t.db.query(`UPDATE users SET active = false WHERE id = $1`, [w.consultantB.id]);
    const location = await signInAs({
      sub: `sub-${unique()}`,
      email: w.consultantB.email,
      email_verified: true,
    });
    expect(location).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    expect((await failures('deactivated')).length).toBeGreaterThan(0);
  });

  it('refuses a tampered or missing state', async () => {
    idp.login({ sub: `sub-${unique()}`, email: w.contactA.email, email_verified: true });
    const { url, cookie } = await begin();
    const returned = await atProvider(url);
    const tampered = new URL(returned);
    tampered.searchParams.set('state', `${returned.searchParams.get('state')}x`);
    expect(await callback(tampered, cookie)).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    expect((await failures('state_mismatch')).length).toBeGreaterThan(0);

    // Without the state cookie (another browser), or with a forged one.
    expect(await callback(returned, null)).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    const forged = `${cookie.slice(0, -3)}abc`;
    expect(await callback(returned, forged)).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    expect((await failures('missing_state')).length).toBeGreaterThanOrEqual(2);

    // The untouched callback still works: nothing above consumed the code.
    expect(tokensOf(await callback(returned, cookie)).accessToken).toEqual(expect.any(String));
    // And the same callback again is refused (the provider redeems a code once).
    expect(await callback(returned, cookie)).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
  });

  it('refuses an ID token whose nonce is not the one of this sign-in', async () => {
    idp.login({ sub: `sub-${unique()}`, email: w.contactB.email, email_verified: true });
    const { url, cookie } = await begin();
    const swapped = new URL(url);
    swapped.searchParams.set('nonce', 'a-nonce-from-another-sign-in');
    const returned = await atProvider(swapped.href);
    expect(await callback(returned, cookie)).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    expect((await failures('nonce_mismatch')).length).toBeGreaterThan(0);
    const [contact] = await t.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [w.contactB.id]);
    expect(contact.oidc_subject).toBeNull();
  });

  it('sends a provider error back to the log-in page', async () => {
    const { url, cookie } = await begin();
    const state = new URL(url).searchParams.get('state')!;
    const returned = new URL(`${CALLBACK}?error=access_denied&state=${state}`);
    expect(await callback(returned, cookie)).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
    expect((await failures('provider_error')).length).toBeGreaterThan(0);
  });

  it("a provider an admin registered for one municipality signs in only that municipality's users", async () => {
    // The same test provider, registered through the admin API (issuer, client id, sealed secret).
    const registered = await t.http
      .post('/api/v1/identity-providers')
      .set(bearer(w.admin.token))
      .send({
        name: 'Kommune A (Entra ID)',
        kind: 'oidc',
        municipalityIds: [w.municipalityA],
        issuer: idp.issuer,
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
      })
      .expect(201);
    const provider = registered.body.id as string;
    try {
      const viaRegistered = async (who: Identity): Promise<string> => {
        idp.login(who);
        const started = await t.http.get(`/api/v1/auth/oidc/login?provider=${provider}`).expect(302);
        const cookie = ([] as string[])
          .concat(started.headers['set-cookie'] ?? [])
          .map((c) => STATE_COOKIE.exec(c)?.[1])
          .find(Boolean)!;
        return callback(await atProvider(started.headers.location), cookie);
      };
      const [fresh] = await t.db.query(
        `INSERT INTO users (email, name, role, region_id, municipality_id) VALUES ($1, 'Ny', 'consultant', $2, $3) RETURNING id`,
        [`ny.${unique()}@test.dk`, w.regionId, w.municipalityA],
      );
      const [{ email }] = await t.db.query(`SELECT email FROM users WHERE id = $1`, [fresh.id]);
      const tokens = tokensOf(await viaRegistered({ sub: `sub-${unique()}`, email, email_verified: true }));
      const me = await t.http.get('/api/v1/auth/me').set(bearer(tokens.accessToken)).expect(200);
      expect(me.body).toMatchObject({ id: fresh.id, municipalityId: w.municipalityA });

      // A BUP contact is not one of municipality A's staff: this provider cannot vouch for them.
      const refused = await viaRegistered({
        sub: `sub-${unique()}`,
        email: w.contactB.email,
        email_verified: true,
      });
      expect(refused).toBe(`${APP_URL}/#/log-ind?sso=fejl`);
      expect((await failures('outside_provider_scope')).map((e) => e.details.provider)).toContain(provider);
      await t.http.get('/api/v1/auth/oidc/login?provider=00000000-0000-0000-0000-000000000000').expect(404);
    } finally {
      await t.http.delete(`/api/v1/identity-providers/${provider}`).set(bearer(w.admin.token)).expect(204);
    }
  });

  describe('with local passwords switched off', () => {
    let strict: TestApp;
    beforeAll(async () => {
      process.env.LOCAL_LOGIN_ENABLED = 'false';
      strict = await createTestApp();
    });
    afterAll(async () => {
      await strict?.close();
      delete process.env.LOCAL_LOGIN_ENABLED;
    });

    it('refuses password sign-in with 403 and offers only SSO', async () => {
      const response = await strict.http
        .post('/api/v1/auth/login')
        .send({ email: w.colleagueA.email, password: 'test-password-1' })
        .expect(403);
      expect(response.body.code).toBe('FORBIDDEN');
      expect(response.body.detail).toMatch(/single sign-on/);
      const config = await strict.http.get('/api/v1/auth/config').expect(200);
      expect(config.body).toEqual({ sso: true, localLogin: false, discovery: false });
    });
  });

  describe('without an OpenID provider configured', () => {
    let plain: TestApp;
    beforeAll(async () => {
      delete process.env.OIDC_ISSUER;
      delete process.env.OIDC_CLIENT_ID;
      delete process.env.OIDC_CLIENT_SECRET;
      plain = await createTestApp();
    });
    afterAll(() => plain?.close());

    it('answers 404 on the SSO routes', async () => {
      for (const path of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback?code=x&state=y']) {
        const response = await plain.http.get(path).expect(404);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.code).toBe('NOT_FOUND');
      }
    });
  });
});
