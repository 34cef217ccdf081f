import { auth, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const DAY = 24 * 3600_000;

/**
 * `slot_offers` carries its slot's time, status and capacity (so the statistics and the consultant's
 * free-slot list read a municipality's offers without the slots). These copies must follow the slot
 * through every change, whichever path makes it.
 */
describe('Slot offers follow their slot (time, status, capacity)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
  });
  afterAll(() => t.close());

  const offers = (slotId: string) =>
    t.db.query(
      `SELECT o.municipality_id, o.starts_at = s.starts_at AS same_time, o.slot_status::text AS status, o.capacity
       FROM slot_offers o JOIN slots s ON s.id = o.slot_id WHERE o.slot_id = $1 ORDER BY o.municipality_id`,
      [slotId],
    );
  const danishDate = (at: Date) => at.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
  const offeredOn = async (at: Date) => {
    const day = danishDate(at);
    const response = await t.http
      .get(`/api/v1/stats/usage?from=${day}&to=${day}&groupBy=municipality`)
      .set(auth(w.admin))
      .expect(200);
    return response.body.totals.slotsOffered as number;
  };
  const available = async () => {
    const response = await t.http
      .get(`/api/v1/slots?available=true&limit=200`)
      .set(auth(w.consultantA))
      .expect(200);
    return (response.body as { id: string }[]).map((slot) => slot.id);
  };

  it('copies them on insert and follows a cancellation through the API into the statistics and the list', async () => {
    const startsAt = new Date(Date.now() + 9 * DAY);
    const before = await offeredOn(startsAt);
    const slotId = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA, w.municipalityB],
      startsAt,
      capacity: 3,
    });
    expect(await offers(slotId)).toEqual([
      expect.objectContaining({ same_time: true, status: 'open', capacity: 3 }),
      expect.objectContaining({ same_time: true, status: 'open', capacity: 3 }),
    ]);
    expect(await offeredOn(startsAt)).toBe(before + 1);
    expect(await available()).toContain(slotId);

    await t.http
      .post(`/api/v1/slots/${slotId}/cancel`)
      .set(auth(w.contactA))
      .send({ reason: 'Kontaktpersonen er syg' })
      .expect(200);

    expect((await offers(slotId)).map((offer: { status: string }) => offer.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    expect(await offeredOn(startsAt)).toBe(before);
    expect(await available()).not.toContain(slotId);
  });

  it('follows a corrected time and capacity in the same statement', async () => {
    const slotId = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsInMs: 12 * DAY,
    });
    const later = new Date(Date.now() + 40 * DAY);
    await t.db.query(
      `UPDATE slots SET starts_at = $2, ends_at = $2::timestamptz + interval '45 minutes', capacity = 2 WHERE id = $1`,
      [slotId, later],
    );
    expect(await offers(slotId)).toEqual([
      expect.objectContaining({ same_time: true, status: 'open', capacity: 2 }),
    ]);
  });
});
