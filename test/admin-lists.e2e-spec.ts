import ExcelJS from 'exceljs';
import { auth, createWorld, unique, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(60_000);

const binary = (res: unknown, callback: (error: Error | null, body: unknown) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
};

/** Every problem is Danish problem+json with a code, and a 400 names the field it refuses. */
function expectDanish400(response: { status: number; body: Record<string, unknown> }, field: string): void {
  expect(response.status).toBe(400);
  expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  const errors = response.body.errors as { field: string; message: string }[];
  const error = errors.find((e) => e.field === field);
  expect(error).toBeDefined();
  // Danish words, never class-validator's English ("must be", "should not").
  expect(error!.message).not.toMatch(/\b(must|should|is not|each value)\b/i);
  expect(error!.message).toMatch(/[a-zæøå]/i);
}

describe('Admin lists: users search and paging, audit log filters, paging and export', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  const tag = `Filtrering${unique(4)}`;
  const createdIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    [w, other] = await Promise.all([createWorld(t.db, t.http), createWorld(t.db, t.http)]);
    // Seven consultants sharing a searchable word, in municipality A, created through the API so the
    // audit log has their creation and invitation.
    for (let i = 0; i < 7; i += 1) {
      const created = await t.http
        .post('/api/v1/users')
        .set(auth(w.admin))
        .send({
          email: `${tag.toLowerCase()}.${i}@kommune.dk`,
          name: `${tag} Person ${i}`,
          role: 'consultant',
          municipalityId: w.municipalityA,
        })
        .expect(201);
      createdIds.push(created.body.id);
    }
  });
  afterAll(() => t.close());

  describe('GET /users', () => {
    it('searches name and e-mail case-insensitively and pages by name with a cursor', async () => {
      const first = await t.http
        .get('/api/v1/users')
        .query({ q: tag.toUpperCase(), limit: 3 })
        .set(auth(w.admin))
        .expect(200);
      expect(first.body.map((u: { name: string }) => u.name)).toEqual([
        `${tag} Person 0`,
        `${tag} Person 1`,
        `${tag} Person 2`,
      ]);
      const cursor = first.headers['x-next-cursor'];
      expect(cursor).toEqual(expect.any(String));
      expect(first.headers.link).toContain('cursor=');
      const names: string[] = first.body.map((u: { name: string }) => u.name);
      let next: string | undefined = cursor;
      while (next) {
        const page: { body: { name: string }[]; headers: Record<string, string> } = await t.http
          .get('/api/v1/users')
          .query({ q: tag, limit: 3, cursor: next })
          .set(auth(w.admin))
          .expect(200);
        names.push(...page.body.map((u: { name: string }) => u.name));
        next = page.headers['x-next-cursor'];
      }
      expect(names).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `${tag} Person ${i}`));

      // The e-mail is searched too, and LIKE wildcards are taken literally.
      const byEmail = await t.http
        .get('/api/v1/users')
        .query({ q: `${tag.toLowerCase()}.4@` })
        .set(auth(w.admin))
        .expect(200);
      expect(byEmail.body.map((u: { id: string }) => u.id)).toEqual([createdIds[4]]);
      const wildcard = await t.http.get('/api/v1/users').query({ q: '%' }).set(auth(w.admin)).expect(200);
      expect(wildcard.body).toEqual([]);
    });

    it('filters by role and municipality, and never shows another region', async () => {
      const contacts = await t.http
        .get('/api/v1/users')
        .query({ role: 'contact' })
        .set(auth(w.admin))
        .expect(200);
      expect(contacts.body.map((u: { id: string }) => u.id).sort()).toEqual(
        [w.contactA.id, w.contactB.id].sort(),
      );
      const inB = await t.http
        .get('/api/v1/users')
        .query({ municipalityId: w.municipalityB })
        .set(auth(w.admin))
        .expect(200);
      expect(inB.body.map((u: { id: string }) => u.id)).toEqual([w.consultantB.id]);
      const foreign = await t.http
        .get('/api/v1/users')
        .query({ municipalityId: other.municipalityA })
        .set(auth(w.admin))
        .expect(200);
      expect(foreign.body).toEqual([]);
      const search = await t.http.get('/api/v1/users').query({ q: tag }).set(auth(other.admin)).expect(200);
      expect(search.body).toEqual([]);
    });

    it('refuses bad input with a Danish 400, never a 500', async () => {
      const cases: [Record<string, string>, string][] = [
        [{ limit: '100000' }, 'limit'],
        [{ limit: '0' }, 'limit'],
        [{ limit: 'abc' }, 'limit'],
        [{ role: "admin' OR '1'='1" }, 'role'],
        [{ municipalityId: "'; DROP TABLE users; --" }, 'municipalityId'],
        [{ q: 'x'.repeat(101) }, 'q'],
        [{ q: 'a\u0000b' }, 'q'],
        [{ cursor: 'not-a-cursor' }, 'cursor'],
        [
          { cursor: Buffer.from(JSON.stringify({ n: '\u0000', i: createdIds[0] })).toString('base64url') },
          'cursor',
        ],
        [{ cursor: Buffer.from(JSON.stringify({ n: 'A', i: "1' OR 1=1" })).toString('base64url') }, 'cursor'],
      ];
      for (const [query, field] of cases) {
        const response = await t.http.get('/api/v1/users').query(query).set(auth(w.admin));
        expectDanish400(response, field);
      }
      // SQL-ish search text is just text.
      const sqlish = await t.http
        .get('/api/v1/users')
        .query({ q: "' OR 1=1; --" })
        .set(auth(w.admin))
        .expect(200);
      expect(sqlish.body).toEqual([]);
    });

    it('explains refused new users and numbers of children in Danish, field by field', async () => {
      const refused = await t.http
        .post('/api/v1/users')
        .set(auth(w.admin))
        .send({ email: 'ikke en adresse', name: '', role: 'boss', municipalityId: 'nope', password: 'x' });
      for (const field of ['email', 'name', 'role', 'municipalityId', 'password'])
        expectDanish400(refused, field);
      const population = await t.http
        .patch(`/api/v1/municipalities/${w.municipalityA}`)
        .set(auth(w.admin))
        .send({ population0to17: 4.5 });
      expectDanish400(population, 'population0to17');
    });

    it('says in Danish that an e-mail already exists', async () => {
      const duplicate = await t.http
        .post('/api/v1/users')
        .set(auth(w.admin))
        .send({ email: `${tag.toLowerCase()}.0@kommune.dk`, name: 'Igen', role: 'contact' })
        .expect(409);
      expect(duplicate.body).toMatchObject({ code: 'CONFLICT' });
      expect(duplicate.body.detail).toMatch(/findes allerede en bruger med denne e-mailadresse/);
    });

    it('is for admins only', async () => {
      await t.http.get('/api/v1/users').set(auth(w.consultantA)).expect(403);
      await t.http.get('/api/v1/users').set(auth(w.contactA)).expect(403);
    });
  });

  describe('GET /audit-events', () => {
    it('filters by person and action and names the actor', async () => {
      const invited = await t.http
        .get('/api/v1/audit-events')
        .query({ actorId: w.admin.id, action: 'user.invited' })
        .set(auth(w.admin))
        .expect(200);
      expect(invited.body).toHaveLength(7);
      for (const event of invited.body) {
        expect(event).toMatchObject({
          action: 'user.invited',
          actor: { id: w.admin.id, role: 'admin', name: expect.any(String) },
        });
        expect(createdIds).toContain(event.subject.id);
      }
      const [admin] = await t.db.query(`SELECT name FROM users WHERE id = $1`, [w.admin.id]);
      expect(invited.body[0].actor.name).toBe(admin.name);
      // Another person's events are not mixed in.
      const ofContact = await t.http
        .get('/api/v1/audit-events')
        .query({ actorId: w.contactA.id, action: 'user.invited' })
        .set(auth(w.admin))
        .expect(200);
      expect(ofContact.body).toEqual([]);
    });

    it('pages beyond 100 with a cursor, newest first, without gaps or repeats', async () => {
      // 130 events in the region within one second: more than one default page, and many share
      // a millisecond, which a millisecond cursor would skip.
      await t.db.query(
        `INSERT INTO audit_events (occurred_at, actor_id, actor_role, action, region_id, details)
         SELECT now() - (n || ' microseconds')::interval, $2, 'admin', 'user.updated', $1, '{}'::jsonb
           FROM generate_series(1, 130) AS n`,
        [w.regionId, w.admin.id],
      );
      const ids: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await t.http
          .get('/api/v1/audit-events')
          .query({ action: 'user.updated', actorId: w.admin.id, ...(cursor ? { cursor } : {}) })
          .set(auth(w.admin))
          .expect(200);
        ids.push(...page.body.map((e: { id: string }) => e.id));
        cursor = page.headers['x-next-cursor'];
        pages += 1;
        if (pages === 1) expect(page.body).toHaveLength(100);
      } while (cursor);
      expect(pages).toBe(2);
      expect(ids).toHaveLength(130);
      expect(new Set(ids).size).toBe(130);
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM audit_events WHERE region_id = $1 AND action = 'user.updated'`,
        [w.regionId],
      );
      expect(count).toBe(130);
    });

    it('filters by period and booking', async () => {
      const future = await t.http
        .get('/api/v1/audit-events')
        .query({ from: '2999-01-01', to: '2999-02-01' })
        .set(auth(w.admin))
        .expect(200);
      expect(future.body).toEqual([]);
      const none = await t.http
        .get('/api/v1/audit-events')
        .query({ bookingId: '00000000-0000-4000-8000-000000000000' })
        .set(auth(w.admin))
        .expect(200);
      expect(none.body).toEqual([]);
    });

    it('refuses attacker inputs with a Danish 400, never a 500', async () => {
      const tampered = (fields: Record<string, unknown>) =>
        Buffer.from(JSON.stringify(fields)).toString('base64url');
      const cases: [Record<string, string>, string][] = [
        [{ from: '2026-02-31' }, 'from'],
        [{ from: '2026-W01' }, 'from'],
        [{ to: 'yesterday' }, 'to'],
        [{ from: '2026-05-01', to: '2026-04-01' }, 'to'],
        [{ limit: '100000' }, 'limit'],
        [{ limit: '-1' }, 'limit'],
        [{ action: "booking.created' OR '1'='1" }, 'action'],
        [{ action: 'DROP TABLE audit_events' }, 'action'],
        [{ actorId: '1 OR 1=1' }, 'actorId'],
        [{ bookingId: "'; SELECT pg_sleep(10); --" }, 'bookingId'],
        [{ cursor: 'x' }, 'cursor'],
        [{ cursor: tampered({ t: '2026-02-30T00:00:00.000000Z', i: w.admin.id }) }, 'cursor'],
        [{ cursor: tampered({ t: "now()'", i: w.admin.id }) }, 'cursor'],
        [{ cursor: tampered({ t: '2026-01-01T00:00:00.000000Z', i: 'x' }) }, 'cursor'],
      ];
      for (const [query, field] of cases) {
        const response = await t.http.get('/api/v1/audit-events').query(query).set(auth(w.admin));
        expectDanish400(response, field);
      }
      const exportBad = await t.http
        .get('/api/v1/audit-events/export')
        .query({ format: 'pdf' })
        .set(auth(w.admin));
      expectDanish400(exportBad, 'format');
    });

    it('is for admins only', async () => {
      for (const user of [w.consultantA, w.contactA]) {
        await t.http.get('/api/v1/audit-events').set(auth(user)).expect(403);
        await t.http.get('/api/v1/audit-events/export').set(auth(user)).expect(403);
      }
    });
  });

  describe('GET /audit-events/export', () => {
    it('exports the filtered log as CSV and XLSX, with names and Danish labels, and audits the export', async () => {
      const csv = await t.http
        .get('/api/v1/audit-events/export')
        .query({ action: 'user.invited', format: 'csv' })
        .set(auth(w.admin))
        .expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="revisionslog-.*\.csv"/);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('Tidspunkt (UTC);Person;Rolle;Handling;Handlingskode;Booking;IP-adresse');
      expect(lines).toHaveLength(1 + 7);
      const [admin] = await t.db.query(`SELECT name FROM users WHERE id = $1`, [w.admin.id]);
      for (const line of lines.slice(1)) {
        expect(line).toContain(`;${admin.name};Administrator;Invitation sendt;user.invited;`);
      }

      const xlsx = await t.http
        .get('/api/v1/audit-events/export')
        .query({ action: 'user.invited', format: 'xlsx' })
        .set(auth(w.admin))
        .buffer(true)
        .parse(binary)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body);
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe('Revisionslog');
      expect(sheet.rowCount).toBe(8);
      expect(sheet.getRow(2).getCell(4).value).toBe('Invitation sendt');

      const exports = await t.db.query(
        `SELECT details FROM audit_events WHERE actor_id = $1 AND action = 'export.produced' ORDER BY occurred_at`,
        [w.admin.id],
      );
      expect(exports.map((e: { details: Record<string, unknown> }) => e.details)).toEqual([
        expect.objectContaining({ kind: 'audit', format: 'csv', rows: 7, action: 'user.invited' }),
        expect.objectContaining({ kind: 'audit', format: 'xlsx', rows: 7, action: 'user.invited' }),
      ]);
      // The other region's admin exports nothing of this region.
      const foreign = await t.http
        .get('/api/v1/audit-events/export')
        .query({ actorId: w.admin.id })
        .set(auth(other.admin))
        .expect(200);
      expect(
        foreign.text
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n'),
      ).toHaveLength(1);
    });
  });

  describe('queue dashboard without its cookie', () => {
    it('shows a browser the Danish way in (the app page that signs it in), still 401', async () => {
      const page = await t.http.get('/admin/queues').set('Accept', 'text/html,application/xhtml+xml');
      expect(page.status).toBe(401);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<html lang="da"');
      expect(page.text).toContain('href="/#/admin/koeer"');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      const api = await t.http.get('/admin/queues/api/queues').set('Accept', 'application/json');
      expect(api.status).toBe(401);
      expect(api.text).toBe('Log ind som administrator.');
    });
  });

  describe('periods of statistics and status reports', () => {
    it('refuses absurd periods with a Danish 400', async () => {
      const stats = await t.http
        .get('/api/v1/stats/usage')
        .query({ from: '1900-01-01', to: '2026-01-01', groupBy: 'municipality' })
        .set(auth(w.admin));
      expectDanish400(stats, 'from');
      const long = await t.http
        .get('/api/v1/stats/usage')
        .query({ from: '2001-01-01', to: '2099-12-31', groupBy: 'month' })
        .set(auth(w.admin));
      expectDanish400(long, 'to');
      const future = await t.http
        .post('/api/v1/reports/status')
        .set(auth(w.admin))
        .send({ from: '2999-01-01', to: '2999-12-31' });
      expectDanish400(future, 'from');
      const backwards = await t.http
        .post('/api/v1/reports/status')
        .set(auth(w.admin))
        .send({ from: '2026-05-01', to: '2026-01-01' });
      expectDanish400(backwards, 'to');
    });
  });
});
