import { INestApplicationContext } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { Job, Queue, QueueEvents } from 'bullmq';
import ExcelJS from 'exceljs';
import { FixedClock } from '@app/common';
import { AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/jobs';
import { ReportScheduleService, statusReportJobId } from '@app/reporting';
import { auth, createWorld, World } from './support/factories';
import { pdfText } from './support/pdf-text';
import { createUsageDataSet } from './support/reporting';
import { startSmtpCatcher } from './support/smtp-catcher';
import { createTestApp, TestApp } from './support/test-app';
import { createTestWorker } from './support/worker-app';

const binary = (res: unknown, callback: (error: Error | null, body: unknown) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('Status report: produced by the worker, stored, listed, downloaded, mailed', () => {
  const clock = new FixedClock(new Date('2027-06-01T10:00:00Z'));
  let t: TestApp;
  let w: World;
  let worker: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;

  beforeAll(async () => {
    smtp = await startSmtpCatcher();
    process.env.SMTP_URL = smtp.url;
    t = await createTestApp({ clock });
    w = await createWorld(t.db, t.http);
    await createUsageDataSet(t.db, w);
    worker = await createTestWorker({ clock });
    const config = worker.get(AppConfig);
    queue = new Queue(QueueName.Reports, {
      connection: { url: config.redisUrl },
      prefix: config.queuePrefix,
    });
    events = new QueueEvents(QueueName.Reports, {
      connection: { url: config.redisUrl },
      prefix: config.queuePrefix,
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events.close();
    await queue.close();
    await worker.close();
    await t.close();
    await smtp.stop();
  });

  const finished = async (jobId: string) => {
    const job = await Job.fromId(queue, jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    return job.waitUntilFinished(events, 30_000);
  };

  it('on demand for a period: 202 queued, then done with PDF, CSV and XLSX, and a mail with a link', async () => {
    const created = await t.http
      .post('/api/v1/reports/status')
      .set(auth(w.admin))
      .send({ from: '2026-03-01', to: '2026-03-31' })
      .expect(202);
    expect(created.body).toEqual({ id: expect.any(String), status: 'queued' });
    const id = created.body.id;
    await finished(statusReportJobId({ regionId: w.regionId, from: '2026-03-01', to: '2026-03-31' }));

    const report = (await t.http.get(`/api/v1/reports/${id}`).set(auth(w.admin)).expect(200)).body;
    expect(report).toMatchObject({
      id,
      status: 'done',
      from: '2026-03-01',
      to: '2026-03-31',
      finishedAt: expect.any(String),
    });
    const list = (await t.http.get('/api/v1/reports').set(auth(w.admin)).expect(200)).body;
    expect(list.map((r: { id: string }) => r.id)).toContain(id);

    const pdf = await t.http
      .get(`/api/v1/reports/${id}/file?format=pdf`)
      .set(auth(w.admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Statusrapport');
    expect(text).toContain('1. marts 2026 – 31. marts 2026');
    expect(text).toMatch(/Udbudte sparringstider\s+6/);
    expect(text).toMatch(/Bookinger\s+6/);
    expect(text).toMatch(/Afholdte sparringer\s+<5/);
    expect(text).toContain('Udvikling pr. kvartal');
    expect(text).toMatch(/2026\s+K1/);
    expect(text.replace(/\s+/g, ' ')).toContain('rådgivning går ofte forud for en henvisning');

    const csv = await t.http.get(`/api/v1/reports/${id}/file?format=csv`).set(auth(w.admin)).expect(200);
    const records: string[][] = parse(csv.text, { delimiter: ';', bom: true, relax_column_count: true });
    const titles = records.filter((record) => record.length === 1 && record[0]).map((record) => record[0]);
    expect(titles).toEqual(['Klynger', 'Kommuner', 'Emner', 'Kvartaler']);
    const quarter = records.find((record) => record[0] === '2026 K1')!;
    expect(quarter.slice(2, 4)).toEqual(['6', '6']); // offered, bookings

    const xlsx = await t.http
      .get(`/api/v1/reports/${id}/file?format=xlsx`)
      .set(auth(w.admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Klynger',
      'Kommuner',
      'Emner',
      'Kvartaler',
    ]);

    const [mailJob] = (await queue.getJobs(['completed', 'waiting', 'active', 'delayed'])).filter(
      (job) => job.name === JobName.SendReportMail && job.data.reportId === id,
    );
    await mailJob.waitUntilFinished(events, 30_000);
    const mail = smtp.mails.find((m) => m.to.includes(w.admin.email))!;
    const body = Buffer.from(
      mail.raw
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8'); // quoted-printable
    expect(body).toContain(`/api/v1/reports/${id}/file?format=pdf`);
    expect(body).toContain(
      'Statusrapporten om sparring med BUP for perioden 1. marts 2026 – 31. marts 2026 er klar',
    );
    expect(mail.raw).not.toMatch(/Content-Disposition: attachment/i);

    const [audit] = await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'report.produced' AND subject_id = $1`,
      [id],
    );
    expect(audit.details).toMatchObject({ from: '2026-03-01', to: '2026-03-31', trigger: 'manual' });
  });

  it('defaults to the two calendar years before today (by the injected clock); admins of other regions see nothing', async () => {
    const created = await t.http.post('/api/v1/reports/status').set(auth(w.admin)).send({}).expect(202);
    const report = (await t.http.get(`/api/v1/reports/${created.body.id}`).set(auth(w.admin)).expect(200))
      .body;
    expect(report).toMatchObject({ from: '2025-01-01', to: '2026-12-31' });
    await finished(statusReportJobId({ regionId: w.regionId, from: '2025-01-01', to: '2026-12-31' }));

    const other = await createWorld(t.db, t.http);
    await t.http.get(`/api/v1/reports/${created.body.id}`).set(auth(other.admin)).expect(404);
    await t.http.get(`/api/v1/reports/${created.body.id}/file?format=pdf`).set(auth(other.admin)).expect(404);
    await t.http.post('/api/v1/reports/status').set(auth(w.consultantA)).send({}).expect(403);
    await t.http
      .post('/api/v1/reports/status')
      .set(auth(w.admin))
      .send({ from: '2026-05-01', to: '2026-01-01' })
      .expect(400);
  });
});

describe('Status report every second year: claimed once from next_run_at', () => {
  const clockA = new FixedClock(new Date('2027-06-01T10:00:00Z'));
  const clockB = new FixedClock(new Date('2027-06-01T10:00:00Z'));
  let t: TestApp;
  let w: World;
  let workerA: INestApplicationContext;
  let workerB: INestApplicationContext;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t.db, t.http);
    [workerA, workerB] = await Promise.all([
      createTestWorker({ clock: clockA }),
      createTestWorker({ clock: clockB }),
    ]);
  });
  afterAll(async () => {
    await workerA.close();
    await workerB.close();
    await t.close();
  });

  const setBoth = (instant: string) => [clockA, clockB].forEach((clock) => clock.set(new Date(instant)));
  const scheduled = async () =>
    t.db.query(
      `SELECT period_from::text AS "from", period_to::text AS "to" FROM reports WHERE region_id = $1 AND trigger = 'scheduled' ORDER BY period_from`,
      [w.regionId],
    );
  const claimBoth = async () => {
    const [a, b] = await Promise.all([
      workerA.get(ReportScheduleService).claimDue(clockA.now()),
      workerB.get(ReportScheduleService).claimDue(clockB.now()),
    ]);
    return [...a, ...b].filter((report) => report.regionId === w.regionId);
  };

  it('is not due before 1 January of the next even year (Danish time), fires once then, and not again', async () => {
    setBoth('2027-06-01T10:00:00Z');
    expect(await claimBoth()).toEqual([]);
    const [row] = await t.db.query(`SELECT next_run_at FROM report_schedules WHERE region_id = $1`, [
      w.regionId,
    ]);
    expect(new Date(row.next_run_at).toISOString()).toBe('2027-12-31T23:00:00.000Z'); // 1 Jan 2028 00:00 CET

    setBoth('2027-12-31T22:59:59Z'); // 23:59:59 Danish time: not early
    expect(await claimBoth()).toEqual([]);

    setBoth('2028-01-01T04:00:00Z'); // both workers check at the same moment
    const claimed = await claimBoth();
    expect(claimed).toHaveLength(1);
    expect(claimed[0]).toMatchObject({
      from: '2026-01-01',
      to: '2027-12-31',
      status: 'queued',
      trigger: 'scheduled',
    });
    expect(await scheduled()).toEqual([{ from: '2026-01-01', to: '2027-12-31' }]);

    setBoth('2028-01-02T04:00:00Z');
    expect(await claimBoth()).toEqual([]);
    setBoth('2029-12-31T22:00:00Z');
    expect(await claimBoth()).toEqual([]);
    expect(await scheduled()).toHaveLength(1);
  });

  it('through the daily job on real BullMQ with two workers: one report, produced once', async () => {
    setBoth('2030-01-01T06:00:00Z');
    const config = workerA.get(AppConfig);
    const connection = { url: config.redisUrl };
    const queue = new Queue(QueueName.Reports, { connection, prefix: config.queuePrefix });
    const events = new QueueEvents(QueueName.Reports, { connection, prefix: config.queuePrefix });
    try {
      await events.waitUntilReady();
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: 'daily-status-report-check', pattern: '0 5 * * *' }),
        ]),
      );
      const checks = await Promise.all([
        queue.add(JobName.CheckStatusReportSchedule, {}),
        queue.add(JobName.CheckStatusReportSchedule, {}),
      ]);
      const results = await Promise.all(checks.map((job) => job.waitUntilFinished(events, 30_000)));
      expect(
        results.flatMap((result: { claimed: string[] }) => result.claimed).length,
      ).toBeGreaterThanOrEqual(1);
      expect(await scheduled()).toEqual([
        { from: '2026-01-01', to: '2027-12-31' },
        { from: '2028-01-01', to: '2029-12-31' },
      ]);
      const job = await Job.fromId(
        queue,
        statusReportJobId({ regionId: w.regionId, from: '2028-01-01', to: '2029-12-31' }),
      );
      await job!.waitUntilFinished(events, 30_000);
      const [report] = await t.db.query(
        `SELECT status, (SELECT count(*)::int FROM report_files f WHERE f.report_id = r.id) AS files FROM reports r
         WHERE region_id = $1 AND period_from = '2028-01-01'`,
        [w.regionId],
      );
      expect(report).toEqual({ status: 'done', files: 3 });
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'report.produced' AND region_id = $1 AND details->>'from' = '2028-01-01'`,
        [w.regionId],
      );
      expect(n).toBe(1);
    } finally {
      await events.close();
      await queue.close();
    }
  });
});
