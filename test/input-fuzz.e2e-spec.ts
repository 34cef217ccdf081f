import { auth, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * No input gives a 500: every route of the OpenAPI document is called with malformed path
 * parameters, query values and bodies, by an admin and a consultant, and must answer below 500 and,
 * when it refuses, with problem+json. Plus the specific attacks of the issue (deep JSON, week dates,
 * unbounded paging, broken multipart) and the liveness probe staying quick while they run.
 */
jest.setTimeout(180_000);

type Operation = { method: string; path: string; query: string[]; hasBody: boolean };

const BAD_IDS = [
  'x',
  "'; DROP TABLE bookings;--",
  '%00',
  'a'.repeat(3000),
  '00000000-0000-4000-8000-000000000000',
];
const BAD_QUERY_VALUES = [
  '2026-W01',
  '2026-02-31',
  '-1',
  '1e309',
  '99999999999999999999',
  '[]',
  'x'.repeat(5000),
  '%ZZ',
  '\u0000',
];
const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const BAD_BODIES: (string | Record<string, unknown>)[] = [
  '{"unterminated": ',
  '[]',
  '"a string"',
  '12',
  'null',
  deep(50_000),
  `{"a":${deep(5_000)}}`,
  '{"__proto__":{"admin":true}}',
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as Record<string, unknown>,
  {
    slotId: Number.MAX_SAFE_INTEGER * 4,
    topic: ['adhd'],
    step: '2',
    startsAt: '2026-W01T09:00',
    from: '2026-W01',
    email: 'a@b.dk\r\nBcc: c@d.dk',
  },
  { text: 'x'.repeat(60_000), name: { $ne: null }, limit: -1, offset: 1e20, municipalityIds: 'all' },
];

function operationsOf(document: {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string }[]; requestBody?: unknown }>
  >;
}): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      // Redirects to identity providers; routes that end our own session; /health/details, whose 503
      // reports a missing scheduler (no worker runs in this spec), not a failure to handle input.
      const skipped =
        path.includes('/auth/oidc/') ||
        path.endsWith('/auth/saml/login') ||
        path.endsWith('/auth/saml/logout') ||
        path.endsWith('/auth/logout') ||
        path.endsWith('/health/details');
      if (skipped) continue;
      operations.push({
        method,
        path,
        query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        hasBody: ['post', 'put', 'patch'].includes(method),
      });
    }
  }
  return operations;
}

describe('Malformed input never gives a 500', () => {
  let t: TestApp;
  let w: World;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
    const docs = await t.http.get('/api/docs-json').expect(200);
    operations = operationsOf(docs.body);
  });
  afterAll(() => t.close());

  const expectHandled = (response: { status: number; headers: Record<string, string> }, what: string) => {
    expect({ what, status: response.status < 500 }).toEqual({ what, status: true });
    if (response.status >= 400)
      expect({ what, type: response.headers['content-type'] }).toEqual({
        what,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
  };

  it('covers the routes of the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(35);
  });

  it('path parameters, query values and bodies', async () => {
    let calls = 0;
    for (const user of [w.admin, w.consultantA]) {
      for (const op of operations) {
        const paths = op.path.includes('{')
          ? BAD_IDS.map((bad) => op.path.replace(/\{[^}]+\}/g, encodeURIComponent(bad).slice(0, 4000)))
          : [op.path];
        for (const path of paths) {
          const response = await t.http[op.method as 'get'](path).set(auth(user));
          expectHandled(response, `${op.method} ${path.slice(0, 80)}`);
          calls += 1;
        }
        const concrete = op.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        for (const name of op.query)
          for (const value of BAD_QUERY_VALUES) {
            const response = await t.http[op.method as 'get'](concrete)
              .query({ [name]: value })
              .set(auth(user));
            expectHandled(response, `${op.method} ${concrete}?${name}=${value.slice(0, 20)}`);
            calls += 1;
          }
        if (!op.hasBody) continue;
        for (const body of BAD_BODIES) {
          const response = await t.http[op.method as 'post'](concrete)
            .set(auth(user))
            .set('content-type', 'application/json')
            .send(typeof body === 'string' ? body : JSON.stringify(body));
          expectHandled(
            response,
            `${op.method} ${concrete} ${String(typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 40)}`,
          );
          calls += 1;
        }
      }
    }
    expect(calls).toBeGreaterThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("refuses the issue's specific inputs with 400 and a Danish reason", async () => {
    const deepJson = await t.http
      .post('/api/v1/anonymisation/check')
      .set(auth(w.consultantA))
      .set('content-type', 'application/json')
      .send(`{"text":${deep(100_000)}}`);
    expect(deepJson.status).toBe(400);
    expect(deepJson.body.detail).toMatch(/for dybt indlejret/);

    const week = await t.http.get('/api/v1/bookings').query({ from: '2026-W01' }).set(auth(w.consultantA));
    expect(week.status).toBe(400);
    expect(week.body.errors[0]).toMatchObject({
      field: 'from',
      message: expect.stringMatching(/ÅÅÅÅ-MM-DD/),
    });
    await t.http.get('/api/v1/slots').query({ to: '2026-123' }).set(auth(w.consultantA)).expect(400);
    await t.http
      .get('/api/v1/stats/usage')
      .query({ from: '2026-02-31', to: '2026-12-31', groupBy: 'month' })
      .set(auth(w.admin))
      .expect(400);
    await t.http
      .get('/api/v1/audit-events')
      .query({ offset: '99999999999999999999' })
      .set(auth(w.admin))
      .expect(400);
    await t.http.get('/api/v1/audit-events').query({ limit: '100000' }).set(auth(w.admin)).expect(400);
    await t.http.post('/api/v1/reports/status').set(auth(w.admin)).send({ from: '2026-02-31' }).expect(400);
    await t.http
      .post('/api/v1/slot-series')
      .set(auth(w.contactA))
      .send({
        kind: 'sparring',
        municipalityIds: [w.municipalityA],
        weekday: 2,
        startTime: '09:00',
        intervalWeeks: 1,
        startsOn: '2026-02-31',
      })
      .expect(400);
    await t.http
      .post('/api/v1/absences')
      .set(auth(w.contactA))
      .send({ from: '2026-02-30', to: '2026-03-01' })
      .expect(400);
    await t.http
      .get('/api/v1/audit-events')
      .query({ limit: '500', offset: '10000000' })
      .set(auth(w.admin))
      .expect(200);

    const [booking] = await t.db.query(`SELECT gen_random_uuid() AS id`);
    for (const body of [
      '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nabc', // no closing boundary
      '--x\r\nbroken header line without colon\r\n\r\nabc\r\n--x--\r\n',
      'not multipart at all',
    ]) {
      const response = await t.http
        .put(`/api/v1/bookings/${booking.id}/case-summary`)
        .set(auth(w.consultantA))
        .set('content-type', 'multipart/form-data; boundary=x')
        .send(body);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    // Multipart or an unknown type sent to a JSON route.
    for (const type of ['multipart/form-data; boundary=x', 'text/plain', 'application/xml']) {
      const response = await t.http
        .post('/api/v1/bookings')
        .set(auth(w.consultantA))
        .set('content-type', type)
        .send('--x\r\nContent-Disposition: form-data; name="slotId"\r\n\r\nabc\r\n--x--\r\n');
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const noBoundary = await t.http
      .put(`/api/v1/bookings/${booking.id}/case-summary`)
      .set(auth(w.consultantA))
      .set('content-type', 'multipart/form-data')
      .send('abc');
    expect(noBoundary.status).toBeLessThan(500);
  });

  it('keeps /health/live answering within 300 ms while deep-JSON and huge inputs hammer the api', async () => {
    let attacking = true;
    const attack = async () => {
      while (attacking) {
        await Promise.all([
          t.http
            .post('/api/v1/anonymisation/check')
            .set(auth(w.consultantA))
            .set('content-type', 'application/json')
            .send(`{"text":${deep(200_000)}}`),
          t.http
            .post('/api/v1/bookings')
            .set(auth(w.consultantA))
            .set('content-type', 'application/json')
            .send(JSON.stringify({ slotId: 'x', question: 'ø'.repeat(200_000) })),
        ]);
      }
    };
    const attackers = [attack(), attack()];
    const durations: number[] = [];
    try {
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        await t.http.get('/health/live').expect(200);
        durations.push(performance.now() - started);
      }
    } finally {
      attacking = false;
      await Promise.all(attackers);
    }
    expect({ slowest: Math.max(...durations) < 300, durations: durations.map(Math.round) }).toMatchObject({
      slowest: true,
    });
  });
});
