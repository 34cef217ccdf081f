import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AnonymisationFinding } from '@app/anonymisation';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { ContentCipher } from '@app/crypto';
import { Clock, DomainException, ErrorCode, NotFoundException, ValidationFailedException } from '@app/common';
import { Role } from '@app/organisations';
import { CaseSummaryBookingRow, CaseSummaryBookings } from './case-summary-bookings';
import { CaseSummaryRepository } from './case-summary.repository';
import { ContentCheckPool } from './content-check.pool';
import { DocumentPartKind } from './document-parts';
import { assertFileSize } from './document-reader';
import { CaseSummary } from './entities/case-summary.entity';
import { parseScreenings, Screening } from './screenings';

export const MAX_TEXT_CHARS = 50_000;

/** What a submission carries, whether it came as JSON or multipart. */
export interface CaseSummaryInput {
  text?: unknown;
  screenings?: unknown;
  file?: { bytes: Buffer; fileName: string };
  /**
   * A re-submission without a file keeps the file already attached; `removeFile: true` (JSON boolean
   * or the multipart string "true") removes it instead.
   */
  removeFile?: unknown;
}

export interface CaseSummaryView {
  bookingId: string;
  submittedAt: string;
  fileName: string | null;
  fileContentType: string | null;
  fileSize: number | null;
  screenings: Screening[];
  text: string | null;
}

export interface CaseSummaryFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

export type SourcedFinding = AnonymisationFinding & {
  source: 'text' | 'file' | 'screenings';
  field?: string;
  /** For a file: the part of the document the finding is in; offsets are relative to that part's text. */
  part?: DocumentPartKind;
};

/**
 * Case summaries: only the booking's consultant writes, the consultant and the session's contact
 * read. Content is checked for identifying data before anything is stored, encrypted at rest, and
 * every read, download, write and deletion is audited (ids only — never content).
 */
@Injectable()
export class CaseSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly summaries: CaseSummaryRepository,
    private readonly bookings: CaseSummaryBookings,
    private readonly cipher: ContentCipher,
    private readonly contentCheck: ContentCheckPool,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async submit(user: AuthUser, bookingId: string, input: CaseSummaryInput): Promise<CaseSummaryView> {
    // Cheap scope check first, so an outsider learns nothing from validation or file errors.
    await this.writableBooking(this.dataSource.manager, user, bookingId);
    const text = normaliseText(input.text);
    const screenings = parseScreenings(input.screenings);
    const file = input.file ? { ...input.file, fileName: safeFileName(input.file.fileName) } : undefined;
    const removeFile = parseRemoveFile(input.removeFile);
    if (removeFile && file) {
      throw new ValidationFailedException([
        { field: 'removeFile', message: 'send enten en ny fil eller removeFile, ikke begge' },
      ]);
    }
    if (file) assertFileSize(file.bytes);
    // The file is read and every part of it checked in a worker thread; so is a long typed text.
    const document = file ? await this.contentCheck.readDocument(file.bytes, file.fileName) : undefined;
    const labels = screeningLabels(screenings);
    const [textResult, fileNameResult, ...labelResults] = await this.contentCheck.check([
      text ?? '',
      file?.fileName ?? '',
      ...labels.map(([, value]) => value),
    ]);

    const findings: SourcedFinding[] = [
      ...textResult.findings.map((f) => ({ ...f, source: 'text' as const })),
      ...(document?.findings ?? []).map((f) => ({ ...f, source: 'file' as const })),
      ...fileNameResult.findings.map((f) => ({ ...f, source: 'file' as const, field: 'fileName' })),
      ...labelResults.flatMap((result, index) =>
        result.findings.map((f) => ({ ...f, source: 'screenings' as const, field: labels[index][0] })),
      ),
    ];
    if (findings.length > 0) {
      throw new DomainException(
        ErrorCode.NotAnonymous,
        'The case summary contains identifying data; remove it and submit again. Nothing was stored.',
        { findings },
      );
    }

    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.writableBooking(manager, user, bookingId, true);
      const kept = file || removeFile ? null : await this.keptFile(manager, bookingId);
      if (!text && !file && !kept && screenings.length === 0) {
        throw new ValidationFailedException([
          { field: 'text', message: 'Skriv en tekst, vedhæft en fil eller angiv screeninger.' },
        ]);
      }
      const seal = (plain: string | Buffer, field: string) =>
        this.cipher.encrypt(typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain, {
          bookingId,
          field,
        });
      const summary: CaseSummary = {
        bookingId,
        submittedById: user.id,
        submittedAt: now,
        keyId: this.cipher.currentKeyId,
        textEncrypted: text ? seal(text, 'text') : null,
        screeningsEncrypted: seal(JSON.stringify(screenings), 'screenings'),
        fileNameEncrypted: file
          ? seal(file.fileName, 'fileName')
          : kept
            ? seal(kept.fileName, 'fileName')
            : null,
        fileEncrypted: file ? seal(file.bytes, 'file') : kept ? seal(kept.bytes, 'file') : null,
        fileContentType: document?.contentType ?? kept?.contentType ?? null,
        fileSize: file ? file.bytes.length : kept ? kept.bytes.length : null,
        hasText: Boolean(text),
        hasFile: Boolean(file ?? kept),
        screeningAttached: screenings.length > 0,
        purgedAt: null,
        purgeReason: null,
      };
      await this.summaries.save(manager, summary);
      await this.bookings.markCaseSummarySubmitted(manager, bookingId, summary.submittedAt);
      await this.record(manager, user, booking, AuditAction.CaseSummaryWritten, {
        hasText: summary.hasText,
        hasFile: summary.hasFile,
        fileKept: kept !== null,
        screeningAttached: summary.screeningAttached,
      });
      return this.toView(summary);
    });
  }

  async read(user: AuthUser, bookingId: string): Promise<CaseSummaryView> {
    return this.dataSource.transaction(async (manager) => {
      const { booking, summary } = await this.readable(manager, user, bookingId);
      await this.record(manager, user, booking, AuditAction.CaseSummaryRead);
      return this.toView(summary);
    });
  }

  async download(user: AuthUser, bookingId: string): Promise<CaseSummaryFile> {
    return this.dataSource.transaction(async (manager) => {
      const { booking, summary } = await this.readable(manager, user, bookingId);
      if (!summary.fileEncrypted || !summary.fileNameEncrypted || !summary.fileContentType)
        throw new NotFoundException('Case summary file');
      const file = {
        bytes: this.open(summary, summary.fileEncrypted, 'file'),
        fileName: this.open(summary, summary.fileNameEncrypted, 'fileName').toString('utf8'),
        contentType: summary.fileContentType,
      };
      await this.record(manager, user, booking, AuditAction.CaseSummaryDownloaded);
      return file;
    });
  }

  async remove(user: AuthUser, bookingId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const booking = await this.ownBooking(manager, user, bookingId, true);
      const removed = await this.summaries.remove(manager, bookingId);
      await this.bookings.markCaseSummarySubmitted(manager, bookingId, null);
      if (!removed) throw new NotFoundException('Case summary');
      await this.record(manager, user, booking, AuditAction.CaseSummaryDeleted, { reason: 'consultant' });
    });
  }

  /** The file of the summary already stored, to keep it on a re-submission without a file. */
  private async keptFile(manager: EntityManager, bookingId: string): Promise<CaseSummaryFile | null> {
    const summary = await this.summaries.find(manager, bookingId);
    if (!summary || summary.purgedAt || !summary.fileEncrypted || !summary.fileNameEncrypted) return null;
    return {
      bytes: this.open(summary, summary.fileEncrypted, 'file'),
      fileName: this.open(summary, summary.fileNameEncrypted, 'fileName').toString('utf8'),
      contentType: summary.fileContentType ?? 'application/octet-stream',
    };
  }

  private async ownBooking(
    manager: EntityManager,
    user: AuthUser,
    bookingId: string,
    lock = false,
  ): Promise<CaseSummaryBookingRow> {
    const booking = await this.bookings.find(manager, bookingId, { lock });
    // Anyone but the booking's own consultant (as they are now): the booking does not exist for them.
    if (!booking || !isBookingsConsultant(booking, user)) throw new NotFoundException('Booking');
    return booking;
  }

  private async writableBooking(
    manager: EntityManager,
    user: AuthUser,
    bookingId: string,
    lock = false,
  ): Promise<CaseSummaryBookingRow> {
    const booking = await this.ownBooking(manager, user, bookingId, lock);
    if (booking.status !== 'booked')
      throw new DomainException(ErrorCode.Conflict, 'A case summary can only be given for a booked session');
    return booking;
  }

  private async readable(
    manager: EntityManager,
    user: AuthUser,
    bookingId: string,
  ): Promise<{ booking: CaseSummaryBookingRow; summary: CaseSummary }> {
    const booking = await this.bookings.find(manager, bookingId, { lock: false });
    // Only the booking's consultant and the session's contact, by their current role and municipality;
    // colleagues, admins (also a consultant promoted to admin) and others get 404.
    if (!booking || !(isBookingsConsultant(booking, user) || isSessionsContact(booking, user)))
      throw new NotFoundException('Case summary');
    const summary = await this.summaries.find(manager, bookingId);
    if (!summary || summary.purgedAt) throw new NotFoundException('Case summary');
    return { booking, summary };
  }

  private toView(summary: CaseSummary): CaseSummaryView {
    const open = (sealed: Buffer | null, field: string) =>
      sealed ? this.open(summary, sealed, field).toString('utf8') : null;
    return {
      bookingId: summary.bookingId,
      submittedAt: summary.submittedAt.toISOString(),
      fileName: open(summary.fileNameEncrypted, 'fileName'),
      fileContentType: summary.fileContentType,
      fileSize: summary.fileSize,
      screenings: JSON.parse(open(summary.screeningsEncrypted, 'screenings') ?? '[]') as Screening[],
      text: open(summary.textEncrypted, 'text'),
    };
  }

  private open(summary: CaseSummary, sealed: Buffer, field: string): Buffer {
    if (!summary.keyId) throw new NotFoundException('Case summary');
    return this.cipher.decrypt(sealed, summary.keyId, { bookingId: summary.bookingId, field });
  }

  private record(
    manager: EntityManager,
    user: AuthUser,
    booking: CaseSummaryBookingRow,
    action: AuditAction,
    details: Record<string, string | number | boolean | null> = {},
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actor: { id: user.id, role: user.role, regionId: user.regionId },
        bookingId: booking.id,
        subject: { type: 'case_summary', id: booking.id },
        regionId: booking.region_id,
        details,
      },
      manager,
    );
  }
}

/**
 * The booking's consultant while still a consultant of the booking's municipality: a consultant moved
 * to another municipality or promoted to admin reads and writes nothing of it any more.
 */
function isBookingsConsultant(booking: CaseSummaryBookingRow, user: AuthUser): boolean {
  return (
    user.role === Role.Consultant &&
    booking.consultant_id === user.id &&
    user.municipalityId === booking.municipality_id
  );
}

/** The contact holding the session now (an absence may have moved it to a deputy), still a contact. */
function isSessionsContact(booking: CaseSummaryBookingRow, user: AuthUser): boolean {
  return user.role === Role.Contact && booking.contact_id === user.id;
}

function normaliseText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw new ValidationFailedException([{ field: 'text', message: 'Teksten skal være en tekst.' }]);
  const text = value.trim();
  if (text.length > MAX_TEXT_CHARS)
    throw new ValidationFailedException([
      { field: 'text', message: `Teksten må højst have ${MAX_TEXT_CHARS} tegn.` },
    ]);
  return text || null;
}

function parseRemoveFile(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 'false') return false;
  if (value === true || value === 'true') return true;
  throw new ValidationFailedException([{ field: 'removeFile', message: 'skal være true eller false' }]);
}

/** Only the last path segment, without control or path characters; never empty. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\u0000-\u001f\u007f<>:"|?*]/g;
  const cleaned = base.replace(unsafe, '').replace(/^\.+/, '').trim().slice(0, 200);
  return cleaned || 'sagsresume';
}

/** The labels of the screenings that are free text: instrument, informant, subscale names. */
function screeningLabels(screenings: Screening[]): [string, string][] {
  return screenings.flatMap((screening, index): [string, string][] => [
    [`screenings.${index}.instrument`, screening.instrument],
    ...(screening.informant
      ? [[`screenings.${index}.informant`, screening.informant] as [string, string]]
      : []),
    ...Object.keys(screening.subscales ?? {}).map((name): [string, string] => [
      `screenings.${index}.subscales`,
      name,
    ]),
  ]);
}
