import { auth, bookingBody, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

/**
 * `bookings.case_summary_with_screening` is the statistics' copy of the summary's
 * `screening_attached`; the trigger on case_summaries keeps it whichever statement changes the summary.
 */
describe("A booking's screening flag follows its case summary", () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
  });
  afterAll(() => t.close());

  const flagOf = async (bookingId: string): Promise<boolean> =>
    (await t.db.query(`SELECT case_summary_with_screening AS f FROM bookings WHERE id = $1`, [bookingId]))[0]
      .f;

  it('is set with a screening, cleared by a re-submission without one, and by deleting the summary', async () => {
    const slot = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const booking = await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(slot));
    const id = booking.body.id as string;
    expect(await flagOf(id)).toBe(false);

    await t.db.query(
      `INSERT INTO case_summaries (booking_id, submitted_by_id, submitted_at, has_text, has_file, screening_attached)
       VALUES ($1, $2, now(), true, false, true)`,
      [id, w.consultantA.id],
    );
    expect(await flagOf(id)).toBe(true);
    await t.db.query(`UPDATE case_summaries SET screening_attached = false WHERE booking_id = $1`, [id]);
    expect(await flagOf(id)).toBe(false);
    await t.db.query(`UPDATE case_summaries SET screening_attached = true WHERE booking_id = $1`, [id]);
    expect(await flagOf(id)).toBe(true);
    await t.db.query(`DELETE FROM case_summaries WHERE booking_id = $1`, [id]);
    expect(await flagOf(id)).toBe(false);
  });
});
