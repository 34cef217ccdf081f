import { auth, bookingBody, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const DAY = 24 * 3600_000;

interface Listed {
  id: string;
  startsAt?: string;
  slot?: { startsAt: string };
}

describe('Keyset pages of GET /bookings and GET /slots (HTTP, real Postgres)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createWorld(t.db, t.http);
  });

  const slotIn = (days: number) =>
    createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsInMs: days * DAY,
    });
  const book = async (days: number, user = w.consultantA): Promise<string> => {
    const response = await t.http
      .post('/api/v1/bookings')
      .set(auth(user))
      .send(bookingBody(await slotIn(days)))
      .expect(201);
    return response.body.id;
  };
  /** Moves a booking's session into the past (its slot), as if time had passed. */
  const moveToPast = (bookingId: string, daysAgo: number) =>
    t.db.query(
      `UPDATE slots SET starts_at = $2, ends_at = $2::timestamptz + interval '45 minutes'
       WHERE id = (SELECT slot_id FROM bookings WHERE id = $1)`,
      [bookingId, new Date(Date.now() - daysAgo * DAY)],
    );
  /** Follows X-Next-Cursor to the end; checks the Link header on the way. */
  const allPages = async (path: string, query: Record<string, string>) => {
    const pages: Listed[][] = [];
    let cursor: string | undefined;
    do {
      const response = await t.http
        .get(path)
        .query({ ...query, ...(cursor ? { cursor } : {}) })
        .set(auth(w.consultantA))
        .expect(200);
      expect(Array.isArray(response.body)).toBe(true);
      pages.push(response.body);
      cursor = response.headers['x-next-cursor'];
      if (cursor)
        expect(response.headers.link).toBe(
          `<${path}?${new URLSearchParams({ ...query, cursor })}>; rel="next"`,
        );
      else expect(response.headers.link).toBeUndefined();
    } while (cursor && pages.length < 50);
    return pages;
  };

  it('bookings: upcoming first (soonest first), then past (latest first), every booking exactly once', async () => {
    const upcoming = [await book(12), await book(5), await book(8)];
    const past = [await book(20), await book(21), await book(22)];
    await moveToPast(past[0], 3);
    await moveToPast(past[1], 40);
    await moveToPast(past[2], 10);

    const pages = await allPages('/api/v1/bookings', { limit: '2' });
    expect(pages.map((page) => page.length)).toEqual([2, 2, 2]);
    const order = pages.flat().map((booking) => booking.id);
    expect(order).toEqual([upcoming[1], upcoming[2], upcoming[0], past[0], past[2], past[1]]);

    // The default page holds them all; status and period filters still apply.
    const all = await t.http.get('/api/v1/bookings').set(auth(w.consultantA)).expect(200);
    expect(all.body.map((b: Listed) => b.id)).toEqual(order);
    expect(all.headers['x-next-cursor']).toBeUndefined();
    const window = await allPages('/api/v1/bookings', {
      limit: '1',
      from: new Date(Date.now() - 15 * DAY).toISOString(),
      to: new Date(Date.now() + 10 * DAY).toISOString(),
    });
    expect(window.flat().map((b) => b.id)).toEqual([upcoming[1], upcoming[2], past[0], past[2]]);
  });

  it('bookings: a cursor stays valid when bookings are added or cancelled meanwhile', async () => {
    const ids = [await book(3), await book(4), await book(6), await book(7)];
    const first = await t.http
      .get('/api/v1/bookings')
      .query({ limit: 2 })
      .set(auth(w.consultantA))
      .expect(200);
    expect(first.body.map((b: Listed) => b.id)).toEqual(ids.slice(0, 2));
    const cursor = first.headers['x-next-cursor'];

    // A new booking before the cursor and one after it; the already seen ones do not come again.
    await book(2, w.colleagueA);
    const later = await book(5, w.colleagueA);
    await t.http.post(`/api/v1/bookings/${ids[3]}/cancel`).set(auth(w.consultantA)).send({}).expect(200);
    const second = await t.http
      .get('/api/v1/bookings')
      .query({ limit: 10, cursor })
      .set(auth(w.consultantA))
      .expect(200);
    expect(second.body.map((b: Listed) => b.id)).toEqual([later, ids[2], ids[3]]);
  });

  it('slots: available slots page by (startsAt, id) without gaps or repeats, also with equal start times', async () => {
    const sameTime = new Date(Date.now() + 9 * DAY);
    const ids = [
      await slotIn(4),
      await createSlot(t.db, {
        contactId: w.contactA.id,
        municipalityIds: [w.municipalityA],
        startsAt: sameTime,
      }),
      // Another contact: one contact's slots never overlap.
      await createSlot(t.db, {
        contactId: w.contactB.id,
        municipalityIds: [w.municipalityA],
        startsAt: sameTime,
      }),
      await slotIn(6),
      await slotIn(11),
    ];
    await book(30); // a booked slot is not available
    const pages = await allPages('/api/v1/slots', { available: 'true', limit: '2' });
    const listed = pages.flat();
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(new Set(listed.map((slot) => slot.id))).toEqual(new Set(ids));
    const keys = listed.map((slot) => `${slot.startsAt}|${slot.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('bounds and bad cursors → 400 problem+json in Danish, naming the parameter', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['/api/v1/bookings', { limit: '0' }, 'limit'],
      ['/api/v1/bookings', { limit: '201' }, 'limit'],
      ['/api/v1/slots', { limit: '2.5' }, 'limit'],
      ['/api/v1/slots', { limit: 'alle' }, 'limit'],
      ['/api/v1/bookings', { cursor: 'ikke-en-cursor' }, 'cursor'],
      ['/api/v1/slots', { cursor: Buffer.from('{"t":"i går","i":"x"}').toString('base64url') }, 'cursor'],
      [
        '/api/v1/bookings',
        {
          cursor: Buffer.from('{"n":"2027-01-01T00:00:00Z","p":"x","t":null,"i":null}').toString('base64url'),
        },
        'cursor',
      ],
      ['/api/v1/bookings', { cursor: Buffer.from('[1,2]').toString('base64url') }, 'cursor'],
    ];
    for (const [path, query, field] of cases) {
      const response = await t.http.get(path).query(query).set(auth(w.consultantA));
      expect({ path, query, status: response.status }).toEqual({ path, query, status: 400 });
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.errors.length).toBeGreaterThan(0);
      for (const error of response.body.errors) {
        expect(error.field).toBe(field);
        expect(error.message).toMatch(/skal|må|ugyldig/);
      }
    }
  });
});
