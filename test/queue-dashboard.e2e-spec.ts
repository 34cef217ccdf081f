import { createWorld } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Queue dashboard at /admin/queues: admins only', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses anonymous callers and non-admins, shows every queue to an admin (bearer or cookie)', async () => {
    const w = await createWorld(t.db, t.http);
    expect((await t.http.get('/admin/queues')).status).toBe(401);
    expect((await t.http.get('/admin/queues/api/queues')).status).toBe(401);
    const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
    expect((await t.http.get('/admin/queues').set(bearer(w.consultantA.token))).status).toBe(403);
    expect((await t.http.get('/admin/queues').set(bearer(w.contactA.token))).status).toBe(403);

    const page = await t.http.get('/admin/queues').set(bearer(w.admin.token));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const api = await t.http.get('/admin/queues/api/queues').set(bearer(w.admin.token));
    expect(api.status).toBe(200);
    const names = (api.body.queues as { name: string }[]).map((q) => q.name).sort();
    expect(names).toEqual(['case-summaries', 'mail', 'reminders', 'reports', 'scheduling']);

    const session = await t.http.post('/admin/queues/session').set(bearer(w.admin.token));
    expect(session.status).toBe(204);
    const cookie = String(session.headers['set-cookie']).split(';')[0];
    const attributes = session.headers['set-cookie']![0].split('; ').slice(1);
    expect(attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Max-Age=900', 'Path=/admin/queues']),
    );
    expect((await t.http.get('/admin/queues/api/queues').set('Cookie', cookie)).status).toBe(200);
  });
});
