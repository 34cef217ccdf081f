import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue, QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import {
  CaseSummaryCipher,
  CaseSummaryDecryptionError,
  CaseSummaryRetentionService,
} from '@app/case-summary';
import { AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/jobs';
import { WorkerModule } from '../apps/worker/src/worker.module';
import {
  docxWithText,
  elfExecutable,
  pdfWithoutText,
  pdfWithText,
  peExecutable,
  zipBombDocx,
} from './support/case-summary-fixtures';
import { auth, bookingBody, createSlot, createWorld, TestUser, World } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

const DAY = 24 * 3600_000;
const CLEAN =
  'Drengen er 11 år og har i et halvt år haft stigende skolefravær og uro. SDQ udfyldt af forælder viser forhøjet score på emotionelle symptomer. Skolen har afprøvet Cool Kids uden tydelig effekt. Vi ønsker sparring om videre udredning.';
const SECRET = 'Særligt kendetegn ved forløbet: søvnbesvær og mareridt gennem flere måneder.';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('Case summaries (HTTP, real Postgres and Redis)', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    w = await createWorld(t.db, t.http);
  });

  const book = async (): Promise<string> => {
    const slotId = await createSlot(t.db, { contactId: w.contactA.id, municipalityIds: [w.municipalityA] });
    const response = await t.http.post('/api/v1/bookings').set(auth(w.consultantA)).send(bookingBody(slotId));
    expect(response.status).toBe(201);
    return response.body.id;
  };
  const path = (id: string, suffix = '') => `/api/v1/bookings/${id}/case-summary${suffix}`;
  const putJson = (user: TestUser, id: string, body: object) =>
    t.http.put(path(id)).set(auth(user)).send(body);
  const upload = (id: string, bytes: Buffer, filename: string, fields: Record<string, string> = {}) => {
    let request = t.http.put(path(id)).set(auth(w.consultantA));
    for (const [name, value] of Object.entries(fields)) request = request.field(name, value);
    return request.attach('file', bytes, { filename, contentType: 'application/octet-stream' });
  };
  const stored = async (id: string) =>
    (await t.db.query(`SELECT * FROM case_summaries WHERE booking_id = $1`, [id]))[0];
  const endSessionAgo = (id: string, ms: number) =>
    t.db.query(
      `UPDATE slots SET starts_at = $2::timestamptz - interval '45 minutes', ends_at = $2 WHERE id = (SELECT slot_id FROM bookings WHERE id = $1)`,
      [id, new Date(Date.now() - ms)],
    );

  const auditOf = (id: string) =>
    t.db.query(
      `SELECT action, actor_id, details FROM audit_events WHERE booking_id = $1 AND action LIKE 'case_summary.%' ORDER BY occurred_at, id`,
      [id],
    );

  describe('submit', () => {
    it('stores typed text and screenings, sets the booking submitted, and shows them back', async () => {
      const id = await book();
      const screenings = [
        {
          instrument: 'SDQ',
          informant: 'forælder',
          score: 19,
          subscales: { emotionel: 7 },
          date: '2027-01-10',
        },
      ];
      const response = await putJson(w.consultantA, id, { text: CLEAN, screenings });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ bookingId: id, fileName: null, screenings, text: CLEAN });
      const booking = await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.consultantA));
      expect(booking.body.caseSummary).toMatchObject({
        submitted: true,
        submittedAt: response.body.submittedAt,
      });
      const row = await stored(id);
      expect(row).toMatchObject({ has_text: true, has_file: false, screening_attached: true, key_id: 'k1' });
    });

    it('refuses invalid screenings with the field', async () => {
      const id = await book();
      const response = await putJson(w.consultantA, id, {
        text: CLEAN,
        screenings: [{ instrument: 'SDQ', score: 'høj' }],
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].field).toBe('screenings.0.score');
      expect(await stored(id)).toBeUndefined();
    });

    it('accepts a real PDF and a real DOCX, decided by content, and serves the original bytes', async () => {
      const pdfId = await book();
      const pdf = await pdfWithText([CLEAN, SECRET]);
      const pdfResponse = await upload(pdfId, pdf, 'sagsresume.pdf', {
        screenings: JSON.stringify([{ instrument: 'SDQ', score: 19 }]),
      });
      expect(pdfResponse.status).toBe(200);
      expect(pdfResponse.body).toMatchObject({
        fileName: 'sagsresume.pdf',
        fileContentType: 'application/pdf',
        text: null,
      });
      const file = await t.http
        .get(path(pdfId, '/file'))
        .set(auth(w.contactA))
        .buffer(true)
        .parse(binary as never);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="sagsresume.pdf"; filename*=UTF-8''sagsresume.pdf`,
      );
      expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);

      const docxId = await book();
      const docx = await docxWithText([CLEAN]);
      // The name says .txt; the content is a DOCX, and the content decides.
      const docxResponse = await upload(docxId, docx, 'resume.txt', {
        text: 'Supplerende: uro i frikvarterer.',
      });
      expect(docxResponse.status).toBe(200);
      expect(docxResponse.body.fileContentType).toBe(DOCX);
      const docxFile = await t.http
        .get(path(docxId, '/file'))
        .set(auth(w.consultantA))
        .buffer(true)
        .parse(binary as never);
      expect(docxFile.headers['content-type']).toBe(DOCX);
      expect(Buffer.compare(docxFile.body as Buffer, docx)).toBe(0);
    });

    it('a re-submission without a file keeps the attached file; removeFile removes it', async () => {
      const id = await book();
      const pdf = await pdfWithText([CLEAN]);
      expect((await upload(id, pdf, 'resume.pdf', { text: 'Første udgave.' })).status).toBe(200);

      // JSON re-submission, new text, no file: the file stays, byte for byte.
      const again = await putJson(w.consultantA, id, {
        text: 'Anden udgave med mere om skolen.',
        screenings: [],
      });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({
        fileName: 'resume.pdf',
        fileContentType: 'application/pdf',
        text: 'Anden udgave med mere om skolen.',
      });
      const file = await t.http
        .get(path(id, '/file'))
        .set(auth(w.consultantA))
        .buffer(true)
        .parse(binary as never);
      expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
      const audit = (await auditOf(id)).filter(
        (e: { action: string }) => e.action === 'case_summary.written',
      );
      expect(audit.at(-1).details).toMatchObject({ hasFile: true, fileKept: true });

      // Multipart re-submission without a file keeps it as well.
      const multipart = await t.http.put(path(id)).set(auth(w.consultantA)).field('text', 'Tredje udgave.');
      expect(multipart.status).toBe(200);
      expect(multipart.body.fileName).toBe('resume.pdf');

      // A new file together with removeFile is contradictory.
      const both = await upload(id, Buffer.from(CLEAN), 'ny.txt', { removeFile: 'true' });
      expect(both.status).toBe(400);
      expect(both.body.errors[0].field).toBe('removeFile');
      expect((await putJson(w.consultantA, id, { text: 'x', removeFile: 'ja' })).status).toBe(400);

      // The explicit flag removes the file; the text stays.
      const removed = await putJson(w.consultantA, id, { text: 'Fjerde udgave.', removeFile: true });
      expect(removed.status).toBe(200);
      expect(removed.body).toMatchObject({ fileName: null, fileContentType: null, text: 'Fjerde udgave.' });
      expect(await stored(id)).toMatchObject({
        has_file: false,
        file_encrypted: null,
        file_name_encrypted: null,
      });
      expect((await t.http.get(path(id, '/file')).set(auth(w.consultantA))).status).toBe(404);

      // With neither text, screenings nor a (kept) file there is nothing to store.
      expect((await putJson(w.consultantA, id, { text: '', removeFile: true })).status).toBe(400);
    });

    it('accepts plain text and Markdown and strips path characters from the file name', async () => {
      const id = await book();
      const response = await upload(
        id,
        Buffer.from(`# Resumé\n\n${CLEAN}\n`),
        '../../etc/C:\\Users\\noter.md',
      );
      expect(response.status).toBe(200);
      expect(response.body.fileName).toBe('noter.md');
      expect(response.body.fileContentType).toBe('text/markdown; charset=utf-8');
      const file = await t.http.get(path(id, '/file')).set(auth(w.consultantA));
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="noter.md"; filename*=UTF-8''noter.md`,
      );
    });

    it.each([
      ['an ELF executable renamed to .pdf', elfExecutable(), 'resume.pdf'],
      ['a PE executable renamed to .docx', peExecutable(), 'resume.docx'],
      ['binary with NUL bytes named .txt', Buffer.from([0x41, 0x00, 0x42, 0x01]), 'resume.txt'],
      ['invalid UTF-8 named .md', Buffer.from([0x41, 0xff, 0xfe, 0x42]), 'resume.md'],
    ])('refuses %s with 415 and stores nothing', async (_what, bytes, name) => {
      const id = await book();
      const response = await upload(id, bytes, name);
      expect(response.status).toBe(415);
      expect(response.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await stored(id)).toBeUndefined();
    });

    it('refuses a file over 5 MB with 413', async () => {
      const id = await book();
      const response = await upload(id, Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), 'stor.txt');
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await stored(id)).toBeUndefined();
    });

    it('refuses a zip bomb disguised as DOCX at the expansion cap, counted while inflating', async () => {
      const id = await book();
      const bomb = zipBombDocx();
      expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
      const response = await upload(id, bomb, 'resume.docx');
      expect(response.status).toBe(413);
      expect(response.body.detail).toMatch(/ikke åbnet/);
      expect(await stored(id)).toBeUndefined();
    });

    it('refuses an image-only (scanned) PDF with a message to upload text', async () => {
      const id = await book();
      const response = await upload(id, await pdfWithoutText(), 'scanning.pdf');
      expect(response.status).toBe(415);
      expect(response.body.detail).toMatch(/intet tekstlag.*Upload teksten/);
      expect(await stored(id)).toBeUndefined();
    });

    it('refuses a DOCX holding a CPR number with 422 findings, and stores, audits and marks nothing', async () => {
      const id = await book();
      const docx = await docxWithText([CLEAN, 'Barnets cpr-nummer er 010203-1234.']);
      const response = await upload(id, docx, 'resume.docx', { text: CLEAN });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('NOT_ANONYMOUS');
      expect(response.body.findings).toEqual([expect.objectContaining({ type: 'cpr', source: 'file' })]);
      expect(JSON.stringify(response.body)).not.toContain('010203-1234');
      expect(await stored(id)).toBeUndefined();
      expect(await auditOf(id)).toEqual([]);
      const [booking] = await t.db.query(`SELECT case_summary_submitted_at FROM bookings WHERE id = $1`, [
        id,
      ]);
      expect(booking.case_summary_submitted_at).toBeNull();
    });

    it('refuses identifying typed text with findings marked as text', async () => {
      const id = await book();
      const response = await putJson(w.consultantA, id, { text: `${CLEAN} Ring til mor på 20 30 40 50.` });
      expect(response.status).toBe(422);
      expect(response.body.findings).toEqual(
        expect.arrayContaining([expect.objectContaining({ type: 'phone', source: 'text' })]),
      );
      expect(await stored(id)).toBeUndefined();
    });

    it('only the booking’s own consultant may submit', async () => {
      const id = await book();
      expect((await putJson(w.colleagueA, id, { text: CLEAN })).status).toBe(404);
      expect((await putJson(w.consultantB, id, { text: CLEAN })).status).toBe(404);
      expect((await putJson(w.contactA, id, { text: CLEAN })).status).toBe(403);
    });
  });

  describe('encryption at rest', () => {
    it('keeps no plain text, file or file name in the row, and a wrong key fails loudly', async () => {
      const id = await book();
      const markdown = Buffer.from(`${SECRET}\n`);
      const response = await upload(id, markdown, 'hemmelig-titel.md', { text: CLEAN });
      expect(response.status).toBe(200);
      const row = await stored(id);
      const needles = [CLEAN.slice(0, 40), SECRET.slice(0, 40), 'hemmelig-titel'].map((s) =>
        Buffer.from(s, 'utf8'),
      );
      for (const value of Object.values(row)) {
        const bytes = Buffer.isBuffer(value) ? value : Buffer.from(String(value), 'utf8');
        for (const needle of needles) expect(bytes.includes(needle)).toBe(false);
      }
      const [raw] = await t.db.query(`SELECT t::text AS all FROM case_summaries t WHERE booking_id = $1`, [
        id,
      ]);
      for (const needle of needles) {
        expect(raw.all).not.toContain(needle.toString('utf8'));
        expect(raw.all).not.toContain(needle.toString('hex'));
      }

      const right = t.app.get(CaseSummaryCipher);
      expect(right.decrypt(row.text_encrypted, 'k1', { bookingId: id, field: 'text' }).toString()).toBe(
        CLEAN,
      );
      const wrong = CaseSummaryCipher.withKeyring({ k1: randomBytes(32) }, 'k1');
      expect(() => wrong.decrypt(row.text_encrypted, 'k1', { bookingId: id, field: 'text' })).toThrow(
        CaseSummaryDecryptionError,
      );
    });
  });

  describe('access', () => {
    it('the consultant and the session’s contact read; colleague, other municipality, other contact and admin get 404; every read is audited', async () => {
      const id = await book();
      await upload(id, Buffer.from(CLEAN), 'noter.txt', { text: CLEAN }).expect(200);
      for (const reader of [w.consultantA, w.contactA]) {
        const response = await t.http.get(path(id)).set(auth(reader));
        expect(response.status).toBe(200);
        expect(response.body.text).toBe(CLEAN);
        expect((await t.http.get(path(id, '/file')).set(auth(reader))).status).toBe(200);
      }
      for (const outsider of [w.colleagueA, w.consultantB, w.contactB, w.admin]) {
        expect((await t.http.get(path(id)).set(auth(outsider))).status).toBe(404);
        expect((await t.http.get(path(id, '/file')).set(auth(outsider))).status).toBe(404);
        expect((await t.http.delete(path(id)).set(auth(outsider))).status).toBeGreaterThanOrEqual(403);
      }
      const events = await auditOf(id);
      expect(events.map((e: { action: string; actor_id: string }) => [e.action, e.actor_id])).toEqual([
        ['case_summary.written', w.consultantA.id],
        ['case_summary.read', w.consultantA.id],
        ['case_summary.downloaded', w.consultantA.id],
        ['case_summary.read', w.contactA.id],
        ['case_summary.downloaded', w.contactA.id],
      ]);
    });

    it('the consultant deletes the summary (audited); the booking is no longer marked submitted', async () => {
      const id = await book();
      await putJson(w.consultantA, id, { text: CLEAN }).expect(200);
      expect((await t.http.delete(path(id)).set(auth(w.consultantA))).status).toBe(204);
      expect((await t.http.get(path(id)).set(auth(w.consultantA))).status).toBe(404);
      expect(await stored(id)).toBeUndefined();
      const booking = await t.http.get(`/api/v1/bookings/${id}`).set(auth(w.consultantA));
      expect(booking.body.caseSummary.submitted).toBe(false);
      expect((await auditOf(id)).map((e: { action: string }) => e.action)).toContain('case_summary.deleted');
    });
  });

  describe('retention', () => {
    it('a cancelled booking’s summary is gone at once, keeping the statistics metadata', async () => {
      const id = await book();
      await putJson(w.consultantA, id, {
        text: CLEAN,
        screenings: [{ instrument: 'SDQ', score: 12 }],
      }).expect(200);
      await t.http.post(`/api/v1/bookings/${id}/cancel`).set(auth(w.consultantA)).send({}).expect(200);
      expect((await t.http.get(path(id)).set(auth(w.consultantA))).status).toBe(404);
      const row = await stored(id);
      expect(row).toMatchObject({
        text_encrypted: null,
        screenings_encrypted: null,
        screening_attached: true,
        purge_reason: 'booking_cancelled',
      });
      expect(row.submitted_at).toBeInstanceOf(Date);
      const deleted = (await auditOf(id)).filter(
        (e: { action: string }) => e.action === 'case_summary.deleted',
      );
      expect(deleted).toEqual([
        expect.objectContaining({ actor_id: null, details: { reason: 'booking_cancelled' } }),
      ]);
    });

    it('deletes exactly the summaries whose session ended more than the retention ago', async () => {
      const retention = t.app.get(AppConfig).caseSummaryRetentionMs;
      const due = await book();
      const notYet = await book();
      const upcoming = await book();
      for (const id of [due, notYet, upcoming]) await putJson(w.consultantA, id, { text: CLEAN }).expect(200);
      await endSessionAgo(due, retention + DAY);
      await endSessionAgo(notYet, retention - DAY);

      await t.app.get(CaseSummaryRetentionService).purgeDue(new Date());

      expect(await stored(due)).toMatchObject({
        text_encrypted: null,
        purge_reason: 'retention',
        has_text: true,
      });
      expect((await stored(notYet)).text_encrypted).not.toBeNull();
      expect((await stored(upcoming)).text_encrypted).not.toBeNull();
      expect((await auditOf(due)).at(-1)).toMatchObject({ action: 'case_summary.deleted', actor_id: null });
      expect((await t.http.get(path(due)).set(auth(w.contactA))).status).toBe(404);
    });
  });

  describe('the retention job on the real queue', () => {
    let worker: INestApplicationContext;
    let queue: Queue;
    let events: QueueEvents;

    beforeAll(async () => {
      worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
      const config = worker.get(AppConfig);
      const connection = { url: config.redisUrl };
      queue = new Queue(QueueName.CaseSummaries, { connection, prefix: config.queuePrefix });
      events = new QueueEvents(QueueName.CaseSummaries, { connection, prefix: config.queuePrefix });
      await events.waitUntilReady();
    });
    afterAll(async () => {
      await events.close();
      await queue.close();
      await worker.close();
    });

    it('is scheduled on purpose and purges a due summary when it runs', async () => {
      expect(await queue.getJobSchedulers()).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: 'hourly-case-summary-retention' })]),
      );
      const id = await book();
      await putJson(w.consultantA, id, { text: CLEAN }).expect(200);
      await endSessionAgo(id, t.app.get(AppConfig).caseSummaryRetentionMs + DAY);
      const job = await queue.add(JobName.PurgeCaseSummaries, {});
      const result = (await job.waitUntilFinished(events, 30_000)) as { purged: number };
      expect(result.purged).toBeGreaterThanOrEqual(1);
      expect(await stored(id)).toMatchObject({ text_encrypted: null, purge_reason: 'retention' });
    });
  });

  describe('POST /anonymisation/check', () => {
    it('answers findings for any signed-in user and stores nothing', async () => {
      const response = await t.http
        .post('/api/v1/anonymisation/check')
        .set(auth(w.admin))
        .send({ text: 'Cpr 010203-1234 står i journalen.' });
      expect(response.status).toBe(200);
      expect(response.body.anonymous).toBe(false);
      expect(response.body.findings[0]).toMatchObject({ type: 'cpr', start: 4, end: 15 });
      const clean = await t.http
        .post('/api/v1/anonymisation/check')
        .set(auth(w.consultantA))
        .send({ text: CLEAN });
      expect(clean.body).toEqual({ anonymous: true, findings: [] });
      expect((await t.http.post('/api/v1/anonymisation/check').send({ text: CLEAN })).status).toBe(401);
    });
  });
});

/** Collects a response body as raw bytes (supertest would decode it as text). */
function binary(response: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}
