import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { auth, createWorld, World } from './support/factories';
import { createUsageDataSet } from './support/reporting';
import { createTestApp, TestApp } from './support/test-app';

describe('Statistics: usage in Danish local periods', () => {
  let t: TestApp;
  let w: World;
  let nameA: string;
  let nameB: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
    await createUsageDataSet(t.db, w);
    // A label that a spreadsheet would run as a formula
    await t.db.query(`UPDATE municipalities SET name = $2 WHERE id = $1`, [
      w.municipalityB,
      '=HYPERLINK("http://evil.test")',
    ]);
    [{ name: nameA }, { name: nameB }] = await t.db.query(
      `SELECT name FROM municipalities WHERE id = ANY($1) ORDER BY id = $2 DESC`,
      [[w.municipalityA, w.municipalityB], w.municipalityA],
    );
  });
  afterAll(() => t.close());

  const usage = (groupBy: string, from = '2026-03-01', to = '2026-03-31') =>
    t.http.get(`/api/v1/stats/usage?from=${from}&to=${to}&groupBy=${groupBy}`).set(auth(w.admin));

  const totals = {
    key: 'total',
    label: 'I alt',
    slotsOffered: 6,
    bookings: 6,
    held: 2,
    noShow: 1,
    cancelled: 2,
    lateCancelled: 1,
    cancelledByConsultant: 1,
    cancelledByBup: 1,
    pending: 1,
    summariesOnTime: 1,
    withScreening: 1,
    gpParticipated: 1,
    continueMunicipal: 1,
    referredBup: 1,
    referredPrivateSpecialist: 0,
    otherRecommendation: 0,
    utilisation: 0.667,
    medianLeadTimeDays: 5.5,
    sessionsPer1000Children: null,
  };

  it('by municipality: every figure, with the boundaries and the DST night right', async () => {
    const response = await usage('municipality').expect(200);
    expect(response.body).toMatchObject({ from: '2026-03-01', to: '2026-03-31', groupBy: 'municipality' });
    const byKey = Object.fromEntries(response.body.rows.map((row: { key: string }) => [row.key, row]));
    expect(response.body.rows).toHaveLength(2);
    expect(byKey[w.municipalityA]).toEqual({
      key: w.municipalityA,
      label: nameA,
      slotsOffered: 5, // S2, S3, S4, S7, S9 (S1/S6 outside, S8 cancelled)
      bookings: 5,
      held: 1,
      noShow: 1,
      cancelled: 2,
      lateCancelled: 1,
      cancelledByConsultant: 1,
      cancelledByBup: 1,
      pending: 1,
      utilisation: 0.6, // 3 active / 5 seats
      medianLeadTimeDays: 7, // 10, 4, 7
      summariesOnTime: 1,
      withScreening: 1,
      gpParticipated: 1,
      continueMunicipal: 0,
      referredBup: 1,
      referredPrivateSpecialist: 0,
      otherRecommendation: 0,
      sessionsPer1000Children: 0.5, // 1 held per 2000 children
    });
    expect(byKey[w.municipalityB]).toEqual({
      key: w.municipalityB,
      label: nameB,
      slotsOffered: 2, // S5, S7
      bookings: 1,
      held: 1,
      noShow: 0,
      cancelled: 0,
      lateCancelled: 0,
      cancelledByConsultant: 0,
      cancelledByBup: 0,
      pending: 0,
      utilisation: 0.5,
      medianLeadTimeDays: 2.5,
      summariesOnTime: 0,
      withScreening: 0,
      gpParticipated: 0,
      continueMunicipal: 1,
      referredBup: 0,
      referredPrivateSpecialist: 0,
      otherRecommendation: 0,
      sessionsPer1000Children: null, // no population registered
    });
    expect(response.body.totals).toEqual(totals);
  });

  it('by cluster, contact, topic and month', async () => {
    const cluster = (await usage('cluster').expect(200)).body;
    expect(cluster.rows).toHaveLength(1);
    expect(cluster.rows[0]).toMatchObject({ ...totals, key: expect.any(String), label: expect.any(String) });

    const contact = (await usage('contact').expect(200)).body;
    const byContact = Object.fromEntries(contact.rows.map((row: { key: string }) => [row.key, row]));
    expect(byContact[w.contactA.id]).toMatchObject({ slotsOffered: 5, bookings: 5, held: 1 });
    expect(byContact[w.contactB.id]).toMatchObject({ slotsOffered: 1, bookings: 1, held: 1 });

    const topic = (await usage('topic').expect(200)).body;
    expect(
      topic.rows.map((row: { key: string; label: string; bookings: number; slotsOffered: null }) => [
        row.key,
        row.label,
        row.bookings,
        row.slotsOffered,
      ]),
    ).toEqual([
      ['adhd', 'ADHD', 2, null],
      ['anxiety', 'Angst', 3, null],
      ['autism', 'Autisme', 1, null],
    ]);

    const month = (await usage('month', '2026-02-01', '2026-04-30').expect(200)).body;
    expect(
      month.rows.map((row: { key: string; label: string; bookings: number; slotsOffered: number }) => [
        row.key,
        row.label,
        row.bookings,
        row.slotsOffered,
      ]),
    ).toEqual([
      ['2026-02', 'februar 2026', 1, 1],
      ['2026-03', 'marts 2026', 6, 6],
      ['2026-04', 'april 2026', 1, 1],
    ]);
    expect(month.totals).toMatchObject({ bookings: 8, held: 4, slotsOffered: 8 });
  });

  it('a one-day period takes the 23-hour DST day whole', async () => {
    const body = (await usage('month', '2026-03-29', '2026-03-29').expect(200)).body;
    expect(body.totals).toMatchObject({ bookings: 2, noShow: 1, cancelled: 1, slotsOffered: 2 });
  });

  it('is for admins, and validates the period', async () => {
    await usage('municipality').set(auth(w.consultantA)).expect(403);
    await usage('municipality', '2026-03-31', '2026-03-01').expect(400);
    await usage('municipality', '2026-02-30', '2026-03-01').expect(400);
    await t.http
      .get('/api/v1/stats/usage?from=2026-03-01&to=2026-03-31&groupBy=weekday')
      .set(auth(w.admin))
      .expect(400);
  });

  it('another region sees none of it', async () => {
    const other = await createWorld(t.db, t.http);
    const body = (
      await t.http
        .get('/api/v1/stats/usage?from=2026-03-01&to=2026-03-31&groupBy=municipality')
        .set(auth(other.admin))
        .expect(200)
    ).body;
    expect(body.totals).toMatchObject({ bookings: 0, slotsOffered: 0 });
  });

  it('CSV: BOM, semicolons, Danish headers, formulas neutralised, small cells suppressed, audited', async () => {
    const response = await usage('municipality').set('Accept', 'text/csv').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="forbrug-municipality-2026-03-01-2026-03-31.csv"/,
    );
    const raw: Buffer = Buffer.from(response.text, 'utf8');
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const records: string[][] = parse(response.text, { delimiter: ';', bom: true });
    expect(records[0].slice(0, 7)).toEqual([
      'Nøgle',
      'Gruppe',
      'Udbudte tider',
      'Bookinger',
      'Afholdt',
      'Udeblevet',
      'Aflyst',
    ]);
    const rows = Object.fromEntries(records.slice(1).map((record) => [record[0], record]));
    const header = records[0];
    const cell = (key: string, column: string) => rows[key][header.indexOf(column)];
    expect(cell(w.municipalityB, 'Gruppe')).toBe(`'${nameB}`);
    // B's 2 offered and 1 booking are small; with one hidden cell in a column, A's is hidden too
    // ("x": hidden only so the "<5" cannot be recomputed from the total), the totals stay.
    expect(cell(w.municipalityB, 'Udbudte tider')).toBe('<5');
    expect(cell(w.municipalityA, 'Udbudte tider')).toBe('x');
    expect(cell('total', 'Udbudte tider')).toBe('6');
    expect(cell(w.municipalityB, 'Bookinger')).toBe('<5');
    expect(cell(w.municipalityA, 'Bookinger')).toBe('x');
    expect(cell('total', 'Bookinger')).toBe('6');
    expect(cell(w.municipalityA, 'Afholdt')).toBe('<5');
    expect(cell(w.municipalityA, 'Sparringer pr. 1.000 børn 0–17 år')).toBe('–');
    expect(cell(w.municipalityA, 'Udnyttelse (%)')).toBe('–');
    expect(cell('total', 'Median dage fra booking til sparring')).toBe('–'); // 4 active bookings
    for (const record of records.slice(1))
      for (const value of record) expect(/^[1-4]$/.test(value)).toBe(false);
    const [audit] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'export.produced' AND actor_id = $1 ORDER BY occurred_at DESC LIMIT 1`,
      [w.admin.id],
    );
    expect(audit.details).toMatchObject({ kind: 'usage', format: 'csv', groupBy: 'municipality' });
  });

  it('XLSX with the same columns', async () => {
    const response = await usage('topic')
      .query({ format: 'xlsx' })
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(2).value).toBe('Gruppe');
    const anxiety = sheet.getRow(3);
    expect(anxiety.getCell(2).value).toBe('Angst');
    expect(anxiety.getCell(4).value).toBe('<5');
  });
});
