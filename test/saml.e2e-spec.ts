import { createWorld, unique, World } from './support/factories';
import { bearer, signIn } from './support/identity';
import { OIOSAML, spKeyPair, startSamlIdp, TestIdp } from './support/saml-idp';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(90_000);

const APP_URL = 'http://sparring.test';
const ACS = '/api/v1/auth/saml/acs';
const FAILED = `${APP_URL}/#/log-ind?sso=fejl`;

/**
 * SAML 2.0 sign-in against real identity providers (samlify in IdP role, with their own keys), one
 * per municipality, registered through the admin API.
 */
describe('SAML 2.0 sign-in and identity providers per organisation', () => {
  let t: TestApp;
  let w: World;
  let idpA: TestIdp;
  let idpB: TestIdp;
  let providerA: string;
  let providerB: string;
  const domainA = `a-${unique()}.dk`;
  const domainB = `b-${unique()}.dk`;
  const saved = { ...process.env };

  /** Starts a sign-in at the app, lets the IdP answer like a browser would; the form's SAMLResponse. */
  const atIdp = async (providerId: string): Promise<{ response: string; requestId: string }> => {
    const started = await t.http.get(`/api/v1/auth/saml/login?provider=${providerId}`).expect(302);
    const location = new URL(started.headers.location);
    expect(location.searchParams.get('Signature')).toBeTruthy(); // signed AuthnRequest
    const answer = await fetch(location);
    const html = await answer.text();
    if (answer.status !== 200) throw new Error(`IdP refused the AuthnRequest: ${html}`);
    const response = /name="SAMLResponse" value="([^"]+)"/.exec(html)![1];
    const xml = Buffer.from(response, 'base64').toString('utf8');
    return { response, requestId: /InResponseTo="([^"]*)"/.exec(xml)?.[1] ?? '' };
  };

  /** Posts a SAMLResponse to our ACS like the browser's auto-post form; where the app sends it. */
  const post = async (samlResponse: string): Promise<string> => {
    const response = await t.http.post(ACS).type('form').send({ SAMLResponse: samlResponse }).expect(303);
    return response.headers.location;
  };

  const tokensOf = (location: string): Record<string, string> => {
    expect(location.startsWith(`${APP_URL}/#/sso#`)).toBe(true);
    return Object.fromEntries(new URLSearchParams(location.slice(`${APP_URL}/#/sso#`.length)));
  };

  const refusals = async (reason: string): Promise<Record<string, unknown>[]> =>
    (
      await t.db.query(
        `SELECT details FROM audit_events WHERE action = 'login.failed' AND details->>'method' = 'saml'
            AND details->>'reason' = $1`,
        [reason],
      )
    ).map((row: { details: Record<string, unknown> }) => row.details);

  const identity = (email: string, nameId = `urn:uuid:${crypto.randomUUID()}`) => ({
    nameId,
    sessionIndex: `_s${unique()}`,
    attributes: { [OIOSAML.email]: email, [OIOSAML.loa]: 'Substantial', [OIOSAML.uuid]: nameId },
  });

  /** A consultant of municipality A of their own (the shared ones are bound or kept unbound by other tests). */
  const newConsultantA = async (): Promise<{ id: string; email: string }> => {
    const email = `consultant.${unique(10)}@test.dk`;
    const [row] = await t.db.query(
      `INSERT INTO users (email, name, role, region_id, municipality_id) VALUES ($1, 'SSO-bruger', 'consultant', $2, $3) RETURNING id`,
      [email, w.regionId, w.municipalityA],
    );
    return { id: row.id, email };
  };

  beforeAll(async () => {
    const sp = await spKeyPair();
    Object.assign(process.env, {
      APP_URL,
      SAML_SP_PRIVATE_KEY: sp.privateKey,
      SAML_SP_CERT: sp.cert,
      SAML_CLOCK_SKEW: '30s',
    });
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
    const metadata = await t.http.get('/api/v1/auth/saml/metadata').expect(200);
    expect(metadata.headers['content-type']).toMatch(/samlmetadata\+xml/);
    expect(metadata.text).toContain(`entityID="${APP_URL}/api/v1/auth/saml/metadata"`);
    expect(metadata.text).toContain(`Location="${APP_URL}${ACS}"`);
    expect(metadata.text).toContain('AuthnRequestsSigned="true"');
    expect(metadata.text).toContain('WantAssertionsSigned="true"');
    [idpA, idpB] = await Promise.all([
      startSamlIdp(metadata.text),
      startSamlIdp(metadata.text, { encryptAssertion: true }),
    ]);

    // Municipality A's IdP by metadata URL; municipality B's by uploaded metadata, passwords off.
    const a = await t.http
      .post('/api/v1/identity-providers')
      .set(bearer(w.admin.token))
      .send({
        name: 'Kommune A (Context Handler)',
        kind: 'saml',
        municipalityIds: [w.municipalityA],
        emailDomains: [domainA],
        metadataUrl: idpA.metadataUrl,
      })
      .expect(201);
    expect(a.body).toMatchObject({
      entityId: idpA.entityId,
      signingCertificates: 1,
      localLoginAllowed: true,
    });
    providerA = a.body.id;
    const b = await t.http
      .post('/api/v1/identity-providers')
      .set(bearer(w.admin.token))
      .send({
        name: 'Kommune B (NemLog-in)',
        kind: 'saml',
        municipalityIds: [w.municipalityB],
        emailDomains: [domainB],
        metadataXml: idpB.metadataXml,
        localLoginAllowed: false,
      })
      .expect(201);
    expect(b.body.metadataUrl).toBeNull();
    providerB = b.body.id;
  });
  afterAll(async () => {
    // Other specs of the run share the database and expect no registered provider.
    if (w) await t.db.query(`DELETE FROM identity_providers WHERE region_id = $1`, [w.regionId]);
    await t?.close();
    await Promise.all([idpA?.close(), idpB?.close()]);
    process.env = saved;
  });

  it('signs a provisioned user in with our role and municipality, binds the NameID, and audits it', async () => {
    const who = identity(w.consultantA.email.toUpperCase());
    idpA.login(who);
    const tokens = tokensOf(await post((await atIdp(providerA)).response));
    const me = await t.http.get('/api/v1/auth/me').set(bearer(tokens.accessToken)).expect(200);
    expect(me.body).toMatchObject({
      id: w.consultantA.id,
      role: 'consultant',
      municipalityId: w.municipalityA,
      amr: ['saml', 'loa:substantial'],
    });
    const [user] = await t.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [w.consultantA.id]);
    expect(user.oidc_subject).toBe(`${idpA.entityId} ${who.nameId}`);
    const succeeded = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'login.succeeded' AND actor_id = $1`,
      [w.consultantA.id],
    );
    expect(succeeded.map((e: { details: unknown }) => e.details)).toContainEqual({
      method: 'saml',
      amr: 'saml loa:substantial',
    });

    // Next time the NameID decides, even with another e-mail at the IdP.
    idpA.login({ ...who, attributes: { ...who.attributes, [OIOSAML.email]: `x.${unique()}@${domainA}` } });
    const again = tokensOf(await post((await atIdp(providerA)).response));
    expect((await t.http.get('/api/v1/auth/me').set(bearer(again.accessToken))).body.id).toBe(
      w.consultantA.id,
    );
    // Another NameID with the bound user's e-mail cannot take the account over.
    idpA.login(identity(w.consultantA.email));
    expect(await post((await atIdp(providerA)).response)).toBe(FAILED);
    expect((await refusals('subject_mismatch')).length).toBeGreaterThan(0);
  });

  it('reads an encrypted, signed assertion (OIOSAML e-mail attribute)', async () => {
    idpB.login(identity(w.consultantB.email));
    const tokens = tokensOf(await post((await atIdp(providerB)).response));
    const me = await t.http.get('/api/v1/auth/me').set(bearer(tokens.accessToken)).expect(200);
    expect(me.body.id).toBe(w.consultantB.id);
  });

  it('refuses an unknown user and a user the provider does not serve', async () => {
    const stranger = `stranger.${unique()}@${domainA}`;
    idpA.login(identity(stranger));
    expect(await post((await atIdp(providerA)).response)).toBe(FAILED);
    expect((await refusals('unknown_user')).map((d) => d.email)).toContain(stranger);

    // Municipality A's IdP cannot vouch for a consultant of municipality B.
    idpA.login(identity(w.contactB.email));
    expect(await post((await atIdp(providerA)).response)).toBe(FAILED);
    expect((await refusals('outside_provider_scope')).length).toBeGreaterThan(0);
  });

  it('refuses a tampered signature', async () => {
    idpA.login(identity(w.colleagueA.email));
    const { response } = await atIdp(providerA);
    const xml = Buffer.from(response, 'base64').toString('utf8');
    const tampered = xml.replace(w.colleagueA.email, w.admin.email);
    expect(tampered).not.toBe(xml);
    expect(await post(Buffer.from(tampered).toString('base64'))).toBe(FAILED);
    expect((await refusals('invalid_signature')).length).toBeGreaterThan(0);
    const [colleague] = await t.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [w.colleagueA.id]);
    expect(colleague.oidc_subject).toBeNull();
  });

  it('refuses a wrong audience, a wrong recipient and an expired assertion', async () => {
    idpA.login({ ...identity(w.colleagueA.email), audience: 'https://another-sp.example/metadata' });
    expect(await post((await atIdp(providerA)).response)).toBe(FAILED);
    expect((await refusals('wrong_audience')).length).toBeGreaterThan(0);

    idpA.login({ ...identity(w.colleagueA.email), recipient: 'https://another-sp.example/acs' });
    expect(await post((await atIdp(providerA)).response)).toBe(FAILED);
    expect((await refusals('wrong_recipient')).length).toBeGreaterThan(0);

    // Ten minutes old: beyond NotOnOrAfter (five minutes) plus the 30 s clock skew.
    idpA.login({ ...identity(w.colleagueA.email), shiftMs: -10 * 60_000 });
    expect(await post((await atIdp(providerA)).response)).toBe(FAILED);
    expect((await refusals('expired')).length).toBeGreaterThan(0);
    const [colleague] = await t.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [w.colleagueA.id]);
    expect(colleague.oidc_subject).toBeNull();
  });

  it('refuses a replayed assertion', async () => {
    idpA.login(identity((await newConsultantA()).email));
    const { response } = await atIdp(providerA);
    tokensOf(await post(response));
    expect(await post(response)).toBe(FAILED);
    expect((await refusals('replayed')).length).toBeGreaterThan(0);
  });

  it('refuses an unsigned assertion, signed message or not', async () => {
    // Start real sign-ins so InResponseTo is right and only the missing signature is wrong.
    idpA.login(identity(w.colleagueA.email));
    const first = await atIdp(providerA);
    expect(await post(idpA.unsignedResponse(identity(w.colleagueA.email), first.requestId))).toBe(FAILED);
    idpA.login(identity(w.colleagueA.email));
    const second = await atIdp(providerA);
    expect(await post(await idpA.responseSignedOnly(identity(w.colleagueA.email), second.requestId))).toBe(
      FAILED,
    );
    expect((await refusals('invalid_signature')).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an InResponseTo of no request of ours', async () => {
    idpA.login({ ...identity(w.colleagueA.email), inResponseTo: '_a-request-we-never-sent' });
    expect(await post((await atIdp(providerA)).response)).toBe(FAILED);
    // An IdP-initiated (unsolicited) response has no InResponseTo at all.
    idpA.login({ ...identity(w.colleagueA.email), inResponseTo: '' });
    expect(await post((await atIdp(providerA)).response)).toBe(FAILED);
    expect((await refusals('in_response_to_mismatch')).length).toBeGreaterThanOrEqual(2);
    const [colleague] = await t.db.query(`SELECT oidc_subject FROM users WHERE id = $1`, [w.colleagueA.id]);
    expect(colleague.oidc_subject).toBeNull();
  });

  it('routes two organisations to their own providers, without revealing accounts', async () => {
    const discover = async (body: object) =>
      (await t.http.post('/api/v1/auth/discover').send(body).expect(200)).body;
    const a = await discover({ email: `anyone.${unique()}@${domainA.toUpperCase()}` });
    expect(a).toEqual({
      providers: [
        {
          id: providerA,
          name: 'Kommune A (Context Handler)',
          kind: 'saml',
          loginUrl: `${APP_URL}/api/v1/auth/saml/login?provider=${providerA}`,
        },
      ],
      localLogin: true,
    });
    const b = await discover({ email: `anyone.${unique()}@${domainB}` });
    expect(b.providers.map((p: { id: string }) => p.id)).toEqual([providerB]);
    expect(b.localLogin).toBe(false);
    // An unknown domain: no provider, passwords allowed — the same for existing and unknown accounts.
    expect(await discover({ email: w.consultantA.email })).toEqual({ providers: [], localLogin: true });
    expect(await discover({ email: `nobody.${unique()}@test.dk` })).toEqual({
      providers: [],
      localLogin: true,
    });
    await t.http.post('/api/v1/auth/discover').send({ email: 'not-an-address' }).expect(400);

    // Municipality B has switched passwords off: its consultant is refused with 403, as is anyone
    // at its domain (whether or not the account exists); municipality A's consultant still gets in.
    const refused = await t.http
      .post('/api/v1/auth/login')
      .send({ email: w.consultantB.email, password: 'test-password-1' })
      .expect(403);
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ email: `nobody.${unique()}@${domainB}`, password: 'whatever-1' })
      .expect(403);
    expect(unknown.body.detail).toBe(refused.body.detail);
    expect(unknown.body.code).toBe(refused.body.code);
    await t.http
      .post('/api/v1/auth/login')
      .send({ email: w.consultantB.email, password: 'wrong-password' })
      .expect(401);
    await signIn(t.http, w.colleagueA.email);
    // No password links for them either: "Glemt adgangskode" answers as always but mails nothing.
    await t.http.post('/api/v1/auth/password/forgot').send({ email: w.consultantB.email }).expect(202);
    const [reset] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'password.reset_requested' AND subject_id = $1`,
      [w.consultantB.id],
    );
    expect(reset.details.outcome).toBe('local_login_disabled');
    // A new user of municipality B is invited without a password link; one of A gets one.
    const invite = async (municipalityId: string) =>
      (
        await t.http
          .post('/api/v1/users')
          .set(bearer(w.admin.token))
          .send({ email: `ny.${unique()}@test.dk`, name: 'Ny Bruger', role: 'consultant', municipalityId })
          .expect(201)
      ).body.id as string;
    const [newB, newA] = [await invite(w.municipalityB), await invite(w.municipalityA)];
    const links = async (userId: string) =>
      (
        await t.db.query(`SELECT 1 FROM account_tokens WHERE user_id = $1 AND purpose = 'invitation'`, [
          userId,
        ])
      ).length;
    expect(await links(newB)).toBe(0);
    expect(await links(newA)).toBe(1);
    expect(
      await t.db.query(`SELECT 1 FROM account_tokens WHERE user_id = $1 AND purpose = 'password_reset'`, [
        w.consultantB.id,
      ]),
    ).toEqual([]);
    expect(
      (
        await t.db.query(
          `SELECT 1 FROM audit_events WHERE action = 'login.failed' AND details->>'reason' = 'local_login_disabled'
          AND subject_id = $1`,
          [w.consultantB.id],
        )
      ).length,
    ).toBe(1);
  });

  it('an IdP-initiated LogoutRequest ends our sessions of that subject; SP-initiated logout is signed', async () => {
    const user = await newConsultantA();
    const who = identity(user.email);
    const nameId = who.nameId;
    idpA.login(who);
    const tokens = tokensOf(await post((await atIdp(providerA)).response));
    await t.http.get('/api/v1/auth/me').set(bearer(tokens.accessToken)).expect(200);

    // The IdP's LogoutRequest, unsigned: refused, the session lives on.
    const url = new URL(idpA.logoutRequestUrl(nameId, who.sessionIndex));
    const unsigned = new URL(url);
    unsigned.searchParams.delete('Signature');
    await t.http.get(`${unsigned.pathname}${unsigned.search}`).expect(401);
    await t.http.get('/api/v1/auth/me').set(bearer(tokens.accessToken)).expect(200);

    const answered = await t.http.get(`${url.pathname}${url.search}`).expect(302);
    await t.http.get('/api/v1/auth/me').set(bearer(tokens.accessToken)).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(401);
    // Our signed LogoutResponse is accepted by the IdP.
    const atIdpSlo = await fetch(answered.headers.location);
    expect(await atIdpSlo.text()).toBe('logged out at the IdP');
    expect(
      (
        await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'sso.logout' AND subject_id = $1`, [
          user.id,
        ])
      ).length,
    ).toBeGreaterThan(0);

    // SP-initiated: our session ends at once, and the IdP accepts our signed LogoutRequest.
    idpA.login({ ...who, nameId });
    const second = tokensOf(await post((await atIdp(providerA)).response));
    const out = await t.http.post('/api/v1/auth/saml/logout').set(bearer(second.accessToken)).expect(200);
    await t.http.get('/api/v1/auth/me').set(bearer(second.accessToken)).expect(401);
    const toIdp = await fetch(out.body.redirectUrl, { redirect: 'manual' });
    expect(toIdp.status).toBe(302);
    const back = new URL(toIdp.headers.get('location')!);
    const done = await t.http.get(`${back.pathname}${back.search}`).expect(302);
    expect(done.headers.location).toBe(`${APP_URL}/#/log-ind?logget-ud=1`);
  });

  it('keeps providers per region, secrets sealed and never shown; admins only', async () => {
    const secret = `secret-${unique(12)}`;
    const oidc = await t.http
      .post('/api/v1/identity-providers')
      .set(bearer(w.admin.token))
      .send({
        name: 'Region (Entra ID)',
        kind: 'oidc',
        issuer: `https://login.microsoftonline.com/${crypto.randomUUID()}/v2.0`,
        clientId: 'sparringsportalen',
        clientSecret: secret,
      })
      .expect(201);
    expect(JSON.stringify(oidc.body)).not.toContain(secret);
    expect(oidc.body).toMatchObject({ kind: 'oidc', hasClientSecret: true, municipalityIds: [] });
    const [row] = await t.db.query(`SELECT client_secret_ciphertext FROM identity_providers WHERE id = $1`, [
      oidc.body.id,
    ]);
    expect(Buffer.from(row.client_secret_ciphertext).toString('latin1')).not.toContain(secret);
    const list = await t.http.get('/api/v1/identity-providers').set(bearer(w.admin.token)).expect(200);
    expect(list.body.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining([providerA, providerB, oidc.body.id]),
    );
    expect(JSON.stringify(list.body)).not.toContain(secret);

    await t.http
      .post('/api/v1/identity-providers')
      .set(bearer(w.admin.token))
      .send({ name: 'Broken', kind: 'saml', metadataXml: '<not-metadata/>' })
      .expect(400);
    await t.http
      .post('/api/v1/identity-providers')
      .set(bearer(w.admin.token))
      .send({ name: 'Twice', kind: 'saml', metadataXml: idpA.metadataXml })
      .expect(409);
    await t.http.get('/api/v1/identity-providers').set(bearer(w.consultantA.token)).expect(403);
    await t.http.delete(`/api/v1/identity-providers/${oidc.body.id}`).set(bearer(w.admin.token)).expect(204);
    const audited = await t.db.query(
      `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY occurred_at`,
      [oidc.body.id],
    );
    expect(audited.map((e: { action: string }) => e.action)).toEqual([
      'identity_provider.registered',
      'identity_provider.removed',
    ]);
  });
});
