import { DataSource, EntityManager } from 'typeorm';
import { AnonymisationResult, checkAnonymity } from '@app/anonymisation';
import { AuditRecord, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { DomainException, FixedClock } from '@app/common';
import { AppConfig, loadConfig } from '@app/config';
import { ContentCipher } from '@app/crypto';
import { Role } from '@app/organisations';
import { CaseSummaryBookingRow, CaseSummaryBookings } from '../case-summary-bookings';
import { CaseSummaryRepository } from '../case-summary.repository';
import { CaseSummaryService } from '../case-summary.service';
import { CheckedDocument, ContentCheckPool } from '../content-check.pool';
import runDocumentTask from '../document.worker';
import { CaseSummary } from '../entities/case-summary.entity';

/** The repository's public surface, so the fake must keep up with it. */
type Surface<T> = { [K in keyof T]: T[K] };

/** Case summaries in memory, keyed by booking, with the repository's upsert/delete contract. */
export class InMemoryCaseSummaryRepository implements Surface<CaseSummaryRepository> {
  readonly rows = new Map<string, CaseSummary>();

  async find(_m: EntityManager, bookingId: string): Promise<CaseSummary | null> {
    const row = this.rows.get(bookingId);
    return row ? { ...row } : null;
  }

  async save(_m: EntityManager, summary: CaseSummary): Promise<void> {
    this.rows.set(summary.bookingId, { ...summary });
  }

  async remove(_m: EntityManager, bookingId: string): Promise<boolean> {
    return this.rows.delete(bookingId);
  }

  purge(): Promise<void> {
    throw new Error('retention is not a case summary service rule');
  }

  purgeDue(): Promise<never> {
    throw new Error('retention is not a case summary service rule');
  }
}

/** The booking side of the port: bookings as case summaries see them, and when each was marked submitted. */
export class InMemoryCaseSummaryBookings extends CaseSummaryBookings {
  readonly rows = new Map<string, CaseSummaryBookingRow>();
  /** Every markCaseSummarySubmitted call, in order (null: the summary was deleted). */
  readonly marked: { bookingId: string; at: Date | null }[] = [];

  async find(_m: EntityManager, bookingId: string): Promise<CaseSummaryBookingRow | null> {
    const row = this.rows.get(bookingId);
    return row ? { ...row } : null;
  }

  async markCaseSummarySubmitted(_m: EntityManager, bookingId: string, at: Date | null): Promise<void> {
    this.marked.push({ bookingId, at });
  }

  purgeQuestions(): Promise<number> {
    throw new Error('retention is not a case summary service rule');
  }
}

/**
 * The pool's checks in this thread instead of worker threads: a document is read and every part
 * checked by the worker's own task function, texts by the real anonymity check of any length.
 */
export class InProcessContentCheckPool extends ContentCheckPool {
  constructor(private readonly documents: AppConfig['documents']) {
    super({ documents } as AppConfig);
  }

  override async readDocument(bytes: Buffer, fileName: string): Promise<CheckedDocument> {
    const { workers: _workers, ...limits } = this.documents;
    const answer = await runDocumentTask({ kind: 'document', bytes, fileName, limits });
    if (answer.kind === 'refused') throw new DomainException(answer.code, answer.detail);
    if (answer.kind !== 'document') throw new Error('The document task answered something else');
    return { contentType: answer.contentType, findings: answer.findings };
  }

  override async check(texts: string[]): Promise<AnonymisationResult[]> {
    return texts.map((text) => checkAnonymity(text));
  }
}

export const MUNICIPALITY = '00000000-0000-4000-8000-00000000000a';
export const OTHER_MUNICIPALITY = '00000000-0000-4000-8000-00000000000b';
export const REGION = '00000000-0000-4000-8000-0000000000ee';

export const consultant = (id: string, municipalityId = MUNICIPALITY): AuthUser =>
  ({ id, role: Role.Consultant, regionId: REGION, municipalityId }) as AuthUser;
export const contact = (id: string): AuthUser => ({ id, role: Role.Contact, regionId: REGION }) as AuthUser;
export const admin = (id: string): AuthUser => ({ id, role: Role.Admin, regionId: REGION }) as AuthUser;

/**
 * CaseSummaryService with its real rules, the real anonymity check and the real cipher, on in-memory
 * summaries and bookings and a fixed clock; what it audits is recorded.
 */
export function caseSummaryWorld(now = new Date('2027-03-01T09:00:00Z')) {
  const config = loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
    REDIS_URL: 'redis://127.0.0.1:6379',
    SMTP_URL: 'smtp://127.0.0.1:1025',
    AUTH_SECRET: 'x'.repeat(32),
    CASE_SUMMARY_KEY: Buffer.alloc(32, 7).toString('base64'),
  });
  const clock = new FixedClock(now);
  const summaries = new InMemoryCaseSummaryRepository();
  const bookings = new InMemoryCaseSummaryBookings();
  const audit: AuditRecord[] = [];
  const manager = {} as EntityManager;
  const dataSource = {
    manager,
    transaction: (work: (m: EntityManager) => unknown) => work(manager),
  } as unknown as DataSource;
  const auditService = {
    record: async (entry: AuditRecord) => void audit.push(entry),
  } as unknown as AuditService;
  const cipher = ContentCipher.withKeyring({ k1: Buffer.alloc(32, 7) }, 'k1');
  const service = new CaseSummaryService(
    dataSource,
    summaries as unknown as CaseSummaryRepository,
    bookings,
    cipher,
    new InProcessContentCheckPool(config.documents),
    auditService,
    clock,
  );

  /** A booked session of `consultantId` (of MUNICIPALITY) with `contactId`, ended an hour ago. */
  const addBooking = (id: string, consultantId: string, contactId: string, status = 'booked'): string => {
    bookings.rows.set(id, {
      id,
      status,
      consultant_id: consultantId,
      municipality_id: MUNICIPALITY,
      contact_id: contactId,
      region_id: REGION,
      ends_at: new Date(now.getTime() - 3600_000),
    });
    return id;
  };

  return { clock, summaries, bookings, audit, service, addBooking };
}
