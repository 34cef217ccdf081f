import { randomUUID } from 'node:crypto';
import { AuditAction } from '@app/audit';
import { DomainException, ErrorCode } from '@app/common';
import { docxWithText } from './testing/case-summary-fixtures';
import {
  admin,
  caseSummaryWorld,
  consultant,
  contact,
  OTHER_MUNICIPALITY,
} from './testing/in-memory-case-summary-world';

const CLEAN =
  'Drengen er 11 år og har i et halvt år haft stigende skolefravær og uro. Skolen har afprøvet Cool Kids uden tydelig effekt. Vi ønsker sparring om videre udredning.';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The DomainException a rejected promise carries. */
async function refusal(promise: Promise<unknown>): Promise<DomainException> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainException);
  return error as DomainException;
}

describe('CaseSummaryService (rules, on in-memory fakes, the real anonymity check and a fixed clock)', () => {
  const anne = consultant(randomUUID());
  const karl = contact(randomUUID());

  describe('writing', () => {
    it('stores the summary encrypted, marks the booking submitted through the port and audits ids only', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      const view = await w.service.submit(anne, id, {
        text: `  ${CLEAN}  `,
        screenings: [{ instrument: 'SDQ', informant: 'Forælder', score: 18 }],
      });

      expect(view).toMatchObject({
        bookingId: id,
        text: CLEAN,
        fileName: null,
        submittedAt: '2027-03-01T09:00:00.000Z',
      });
      expect(view.screenings).toEqual([{ instrument: 'SDQ', informant: 'Forælder', score: 18 }]);
      const stored = w.summaries.rows.get(id)!;
      expect(stored).toMatchObject({ submittedById: anne.id, keyId: 'k1', hasText: true, hasFile: false });
      expect(stored.textEncrypted!.toString('utf8')).not.toContain('skolefravær');
      expect(w.bookings.marked).toEqual([{ bookingId: id, at: w.clock.now() }]);
      expect(w.audit).toEqual([
        expect.objectContaining({ action: AuditAction.CaseSummaryWritten, bookingId: id }),
      ]);
      expect(JSON.stringify(w.audit)).not.toContain('skolefravær');
    });

    it('lets only the booking’s own consultant, still of its municipality, write; to anyone else it does not exist', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      const others = [
        consultant(randomUUID()), // a colleague in the same municipality
        consultant(anne.id, OTHER_MUNICIPALITY), // Anne after moving municipality
        karl, // the session's contact reads, never writes
        admin(anne.id), // Anne promoted to admin
        admin(randomUUID()),
      ];
      for (const user of others)
        expect((await refusal(w.service.submit(user, id, { text: CLEAN }))).code).toBe(ErrorCode.NotFound);
      expect((await refusal(w.service.submit(anne, randomUUID(), { text: CLEAN }))).code).toBe(
        ErrorCode.NotFound,
      );
      expect(w.summaries.rows.size).toBe(0);
      expect(w.bookings.marked).toEqual([]);
    });

    it('is only for a booked session: a held or cancelled booking is a conflict', async () => {
      const w = caseSummaryWorld();
      for (const status of ['held', 'cancelled', 'no_show']) {
        const id = w.addBooking(randomUUID(), anne.id, karl.id, status);
        expect((await refusal(w.service.submit(anne, id, { text: CLEAN }))).code).toBe(ErrorCode.Conflict);
      }
      expect(w.summaries.rows.size).toBe(0);
    });

    it('refuses identifying text, file and screening labels with findings by source, and stores nothing', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      const text = await refusal(
        w.service.submit(anne, id, { text: `${CLEAN} Ring til mor på 20 30 40 50.` }),
      );
      expect(text.code).toBe(ErrorCode.NotAnonymous);
      expect(text.extras.findings).toEqual([expect.objectContaining({ type: 'phone', source: 'text' })]);

      const file = await refusal(
        w.service.submit(anne, id, {
          text: CLEAN,
          file: {
            bytes: await docxWithText(['Barnets cpr-nummer er 010203-1234.']),
            fileName: 'resume.docx',
          },
        }),
      );
      expect(file.extras.findings).toEqual([expect.objectContaining({ type: 'cpr', source: 'file' })]);
      expect(JSON.stringify(file.extras)).not.toContain('010203-1234');

      const label = await refusal(
        w.service.submit(anne, id, {
          screenings: [{ instrument: 'SDQ', informant: 'mor@example.dk', score: 3 }],
        }),
      );
      expect(label.extras.findings).toEqual([
        expect.objectContaining({ source: 'screenings', field: 'screenings.0.informant' }),
      ]);

      expect(w.summaries.rows.size).toBe(0);
      expect(w.bookings.marked).toEqual([]);
      expect(w.audit).toEqual([]);
    });

    it('needs a text, a file or screenings, and refuses a new file together with removeFile', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      const empty = await refusal(w.service.submit(anne, id, { text: '   ' }));
      expect(empty.code).toBe(ErrorCode.ValidationFailed);
      expect(empty.extras.errors).toEqual([expect.objectContaining({ field: 'text' })]);

      const both = await refusal(
        w.service.submit(anne, id, {
          file: { bytes: await docxWithText([CLEAN]), fileName: 'resume.docx' },
          removeFile: true,
        }),
      );
      expect(both.extras.errors).toEqual([expect.objectContaining({ field: 'removeFile' })]);
      expect(w.summaries.rows.size).toBe(0);
    });

    it('keeps the attached file on a re-submission without one, and removes it on removeFile', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      const bytes = await docxWithText([CLEAN]);
      const first = await w.service.submit(anne, id, { file: { bytes, fileName: '../mappe/resume.docx' } });
      expect(first).toMatchObject({
        fileName: 'resume.docx',
        fileContentType: DOCX,
        fileSize: bytes.length,
        text: null,
      });

      w.clock.set(new Date('2027-03-01T10:00:00Z'));
      const again = await w.service.submit(anne, id, { text: CLEAN });
      expect(again).toMatchObject({
        fileName: 'resume.docx',
        text: CLEAN,
        submittedAt: '2027-03-01T10:00:00.000Z',
      });
      expect((await w.service.download(anne, id)).bytes.equals(bytes)).toBe(true);

      const removed = await w.service.submit(anne, id, { text: CLEAN, removeFile: 'true' });
      expect(removed).toMatchObject({ fileName: null, fileSize: null, text: CLEAN });
      expect(w.summaries.rows.get(id)).toMatchObject({ hasFile: false, fileEncrypted: null });
    });
  });

  describe('reading', () => {
    it('lets the consultant and the session’s contact read and download, audited each time', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      await w.service.submit(anne, id, {
        text: CLEAN,
        file: { bytes: await docxWithText([CLEAN]), fileName: 'resume.docx' },
      });
      for (const reader of [anne, karl]) {
        expect((await w.service.read(reader, id)).text).toBe(CLEAN);
        expect(await w.service.download(reader, id)).toMatchObject({
          fileName: 'resume.docx',
          contentType: DOCX,
        });
      }
      expect(w.audit.map((entry) => entry.action)).toEqual([
        AuditAction.CaseSummaryWritten,
        AuditAction.CaseSummaryRead,
        AuditAction.CaseSummaryDownloaded,
        AuditAction.CaseSummaryRead,
        AuditAction.CaseSummaryDownloaded,
      ]);
    });

    it('hides it (404) from colleagues, another municipality, other contacts and admins', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      await w.service.submit(anne, id, { text: CLEAN });
      const audited = w.audit.length;
      for (const user of [
        consultant(randomUUID()),
        consultant(randomUUID(), OTHER_MUNICIPALITY),
        consultant(anne.id, OTHER_MUNICIPALITY),
        contact(randomUUID()),
        admin(randomUUID()),
        admin(karl.id), // Karl promoted to admin
      ]) {
        expect((await refusal(w.service.read(user, id))).code).toBe(ErrorCode.NotFound);
        expect((await refusal(w.service.download(user, id))).code).toBe(ErrorCode.NotFound);
      }
      expect(w.audit.length).toBe(audited);
    });

    it('answers 404 for no summary, a purged one and a summary without a file to download', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      expect((await refusal(w.service.read(anne, id))).code).toBe(ErrorCode.NotFound);
      await w.service.submit(anne, id, { text: CLEAN });
      expect((await refusal(w.service.download(karl, id))).code).toBe(ErrorCode.NotFound);
      Object.assign(w.summaries.rows.get(id)!, { purgedAt: w.clock.now(), textEncrypted: null, keyId: null });
      expect((await refusal(w.service.read(karl, id))).code).toBe(ErrorCode.NotFound);
    });
  });

  describe('deleting', () => {
    it('lets the consultant delete it, clears the submitted mark and audits; others get 404', async () => {
      const w = caseSummaryWorld();
      const id = w.addBooking(randomUUID(), anne.id, karl.id);
      await w.service.submit(anne, id, { text: CLEAN });
      for (const user of [karl, consultant(randomUUID()), admin(randomUUID())])
        expect((await refusal(w.service.remove(user, id))).code).toBe(ErrorCode.NotFound);
      expect(w.summaries.rows.has(id)).toBe(true);

      await w.service.remove(anne, id);
      expect(w.summaries.rows.has(id)).toBe(false);
      expect(w.bookings.marked.at(-1)).toEqual({ bookingId: id, at: null });
      expect(w.audit.at(-1)).toMatchObject({
        action: AuditAction.CaseSummaryDeleted,
        details: { reason: 'consultant' },
      });
      expect((await refusal(w.service.remove(anne, id))).code).toBe(ErrorCode.NotFound);
    });
  });
});
