import { CaseSummaryRetentionService } from '@app/case-summary';
import { AppConfig } from '@app/config';
import { pdfWithText } from './support/case-summary-fixtures';
import { auth, bookingBody, createSlot, createWorld, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const DAY = 24 * 3600_000;
const SUMMARY =
  'Pigen er 9 år og har gennem et år haft tiltagende angst og skolefravær. Skolen har afprøvet tilpasset skema. Vi ønsker sparring om næste skridt.';

describe('Book a new time with the same details after BUP cancelled (HTTP, real Postgres)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createWorld(t.db, t.http);
  });

  const slotFor = (days: number) =>
    createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsInMs: days * DAY,
    });
  const details = {
    topic: 'school_absence',
    step: 3,
    childAgeBand: '6-9',
    question: 'Hvordan hjælper vi bedst en elev med angst tilbage i skole?',
    gpEmail: 'laege@klinik.test',
    participantEmails: ['psykolog@kommune.test', 'raadgiver@kommune.test'],
  };
  /** A booking of consultant A with a case summary holding text, a screening and a PDF. */
  const bookWithSummary = async () => {
    const slotId = await slotFor(7);
    const booked = await t.http
      .post('/api/v1/bookings')
      .set(auth(w.consultantA))
      .send(bookingBody(slotId, details))
      .expect(201);
    const pdf = await pdfWithText([SUMMARY]);
    await t.http
      .put(`/api/v1/bookings/${booked.body.id}/case-summary`)
      .set(auth(w.consultantA))
      .field('text', SUMMARY)
      .field('screenings', JSON.stringify([{ instrument: 'SDQ', score: 17 }]))
      .attach('file', pdf, { filename: 'resume.pdf', contentType: 'application/pdf' })
      .expect(200);
    return { id: booked.body.id as string, slotId, pdf };
  };
  const cancelSlot = (slotId: string) =>
    t.http
      .post(`/api/v1/slots/${slotId}/cancel`)
      .set(auth(w.contactA))
      .send({ reason: 'Sygdom' })
      .expect(200);
  const get = (id: string) => t.http.get(`/api/v1/bookings/${id}`).set(auth(w.consultantA)).expect(200);
  const rebook = (id: string, slotId: string, user = w.consultantA) =>
    t.http.post(`/api/v1/bookings/${id}/rebook`).set(auth(user)).send({ slotId });
  const summaryRow = async (id: string) =>
    (await t.db.query(`SELECT * FROM case_summaries WHERE booking_id = $1`, [id]))[0];

  it('BUP cancels the slot: the summary is kept, and one step books a new time with the same details and summary', async () => {
    const retention = t.app.get(AppConfig).caseSummaryRetentionMs;
    const { id, slotId, pdf } = await bookWithSummary();
    await cancelSlot(slotId);

    const cancelled = (await get(id)).body;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.canRebook).toBe(true);
    expect(cancelled.caseSummary).toMatchObject({
      submitted: true,
      state: 'kept-until',
      stateAt: new Date(new Date(cancelled.slot.endsAt).getTime() + retention).toISOString(),
    });
    expect((await summaryRow(id)).text_encrypted).not.toBeNull();
    // The kept summary is still readable by the consultant while it waits.
    expect((await t.http.get(`/api/v1/bookings/${id}/case-summary`).set(auth(w.consultantA))).status).toBe(
      200,
    );

    const newSlot = await slotFor(9);
    const response = await rebook(id, newSlot);
    expect(response.status).toBe(201);
    const created = response.body;
    expect(created).toMatchObject({
      status: 'booked',
      slot: { id: newSlot },
      ...details,
      rebookedFromId: id,
      caseSummary: { submitted: true, state: 'stored' },
    });
    expect(created.id).not.toBe(id);

    // The summary moved with its text, screenings and the very same file.
    const summary = await t.http.get(`/api/v1/bookings/${created.id}/case-summary`).set(auth(w.contactA));
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      text: SUMMARY,
      fileName: 'resume.pdf',
      screenings: [expect.objectContaining({ instrument: 'SDQ', score: 17 })],
    });
    const file = await t.http
      .get(`/api/v1/bookings/${created.id}/case-summary/file`)
      .set(auth(w.consultantA))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);

    // The cancelled booking says truthfully where the summary went, and holds no content any more.
    const after = (await get(id)).body;
    expect(after).toMatchObject({ rebookedAsId: created.id, canRebook: false });
    expect(after.caseSummary.state).toBe('carried-over');
    expect(new Date(after.caseSummary.stateAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(await summaryRow(id)).toMatchObject({
      text_encrypted: null,
      file_encrypted: null,
      purge_reason: 'carried_over',
    });
    expect((await t.http.get(`/api/v1/bookings/${id}/case-summary`).set(auth(w.consultantA))).status).toBe(
      404,
    );

    // Once only.
    const twice = await rebook(id, await slotFor(10));
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CONFLICT');

    const audit = await t.db.query(
      `SELECT action, booking_id, details FROM audit_events WHERE booking_id = ANY($1) ORDER BY occurred_at, id`,
      [[id, created.id]],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'booking.created',
          booking_id: created.id,
          details: expect.objectContaining({ rebookedFrom: id }),
        }),
        expect.objectContaining({
          action: 'case_summary.deleted',
          booking_id: id,
          details: expect.objectContaining({ reason: 'carried_over' }),
        }),
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('angst');
  });

  it('the consultant cancelling purges the summary at once, and there is nothing to rebook', async () => {
    const { id } = await bookWithSummary();
    await t.http.post(`/api/v1/bookings/${id}/cancel`).set(auth(w.consultantA)).send({}).expect(200);
    expect(await summaryRow(id)).toMatchObject({
      text_encrypted: null,
      file_encrypted: null,
      purge_reason: 'booking_cancelled',
    });
    const view = (await get(id)).body;
    expect(view).toMatchObject({ canRebook: false, caseSummary: { state: 'deleted' } });
    const response = await rebook(id, await slotFor(9));
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('CONFLICT');
  });

  it('retention deletes a kept summary when its time is up, and not before', async () => {
    const retention = t.app.get(AppConfig).caseSummaryRetentionMs;
    const { id, slotId } = await bookWithSummary();
    await t.http
      .post(`/api/v1/bookings/${id}/cancel`)
      .set(auth(w.contactA))
      .send({ reason: 'Sygdom' })
      .expect(200);
    const retentionJob = t.app.get(CaseSummaryRetentionService);

    await retentionJob.purgeDue(new Date());
    expect((await summaryRow(id)).text_encrypted).not.toBeNull();
    expect((await get(id)).body.caseSummary.state).toBe('kept-until');

    // The cancelled session lies further back than the retention time.
    const endedAt = new Date(Date.now() - retention - DAY);
    await t.db.query(
      `UPDATE slots SET starts_at = $2::timestamptz - interval '45 minutes', ends_at = $2 WHERE id = $1`,
      [slotId, endedAt],
    );
    await retentionJob.purgeDue(new Date());
    expect(await summaryRow(id)).toMatchObject({ text_encrypted: null, purge_reason: 'retention' });
    const view = (await get(id)).body;
    expect(view.caseSummary.state).toBe('deleted');
    // The question went with it (same retention rule): there are no details left to carry over.
    expect(view.question).toBeUndefined();
    expect(view.canRebook).toBe(false);
    const response = await rebook(id, await slotFor(9));
    expect(response.status).toBe(409);
    expect(response.body.detail).toMatch(/slettet/);
  });

  it('only the booking’s own consultant rebooks, onto a slot they may book', async () => {
    const { id, slotId } = await bookWithSummary();
    await cancelSlot(slotId);
    const free = await slotFor(9);

    const colleague = await rebook(id, free, w.colleagueA);
    expect(colleague.status).toBe(403);
    expect(colleague.body.code).toBe('FORBIDDEN');
    expect((await rebook(id, free, w.consultantB)).status).toBe(404);
    expect((await rebook(id, free, w.contactA)).status).toBe(403);

    const otherMunicipality = await createSlot(t.db, {
      contactId: w.contactB.id,
      municipalityIds: [w.municipalityB],
    });
    expect((await rebook(id, otherMunicipality)).status).toBe(404);
    const tooSoon = await createSlot(t.db, {
      contactId: w.contactA.id,
      municipalityIds: [w.municipalityA],
      startsInMs: 3600_000,
    });
    expect((await rebook(id, tooSoon)).body.code).toBe('BOOKING_CLOSED');
    const bad = await rebook(id, 'not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('slotId');

    // Nothing of that left a trace: the summary is still kept for the consultant.
    expect((await get(id)).body).toMatchObject({ canRebook: true, caseSummary: { state: 'kept-until' } });
    expect((await rebook(id, free)).status).toBe(201);
  });
});
