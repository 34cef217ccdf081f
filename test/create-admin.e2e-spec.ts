import { createAdmin } from '../scripts/admin/create-admin';
import { unique } from './support/factories';
import { signIn } from './support/identity';
import { createTestApp, TestApp } from './support/test-app';

// Two worlds and argon2 hashing in the set-up take longer than Jest's default 5 s on a busy machine.
jest.setTimeout(30_000);

describe('create-admin script (first admin of a production install)', () => {
  let t: TestApp;
  let regionCode: string;

  beforeAll(async () => {
    t = await createTestApp();
    regionCode = `a${unique(3)}`;
    await t.db.query(`INSERT INTO regions (code, name) VALUES ($1, $2)`, [regionCode, `Region ${unique()}`]);
  });
  afterAll(() => t.close());

  it('creates an admin of the region who can sign in and administer it; refuses a second with the same e-mail', async () => {
    const email = `Admin.${unique(8)}@Region.dk`;
    const id = await createAdmin(t.db, {
      email,
      name: 'Første Admin',
      regionCode,
      password: 'a-strong-password',
    });
    const session = await signIn(t.http, email, 'a-strong-password');
    expect(session.user).toMatchObject({ id, role: 'admin', email: email.toLowerCase() });
    await t.http
      .get('/api/v1/users')
      .set({ Authorization: `Bearer ${session.accessToken}` })
      .expect(200);
    await expect(
      createAdmin(t.db, { email, name: 'Igen', regionCode, password: 'a-strong-password' }),
    ).rejects.toThrow(/already exists/);
    await expect(
      createAdmin(t.db, {
        email: `x.${unique()}@r.dk`,
        name: 'X',
        regionCode: 'zzzz',
        password: 'a-strong-password',
      }),
    ).rejects.toThrow(/no region/);
    const fresh = `b${unique(3)}`;
    await createAdmin(t.db, {
      email: `y.${unique()}@r.dk`,
      name: 'Y',
      regionCode: fresh,
      regionName: 'Ny Region',
      password: 'a-strong-password',
    });
    expect(await t.db.query(`SELECT name FROM regions WHERE code = $1`, [fresh])).toEqual([
      { name: 'Ny Region' },
    ]);
    const [event] = await t.db.query(`SELECT action, actor_id FROM audit_events WHERE subject_id = $1`, [id]);
    expect(event).toEqual({ action: 'user.created', actor_id: null });
  });
});
