import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { CaseSummaryCarryOver } from '@app/case-summary';
import { FixedClock } from '@app/common';
import { AppConfig, loadConfig } from '@app/config';
import { ContentCipher } from '@app/crypto';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { OrganisationsService, Role } from '@app/organisations';
import {
  BookingWindow,
  CaseSummaryDeadline,
  SessionKind,
  SlotRow,
  SlotsRepository,
  SlotStatus,
} from '@app/scheduling';
import { BookingAccess } from '../booking-access';
import { BookingOutcomeService } from '../booking-outcome.service';
import {
  BookableSlot,
  BookingRepository,
  IdempotencyRecord,
  NewBooking,
  NewOutcome,
} from '../booking.repository';
import { BookingScope } from '../booking-scope';
import { BookingService } from '../booking.service';
import { BookingTransactions } from '../booking-transactions';
import { IdempotentReplies } from '../idempotent-replies';
import { BookingRow } from '../booking.view';
import { BookingStatus } from '../entities/booking.enums';

/** The repository's public surface, so the fake must keep up with it. */
type Surface<T> = { [K in keyof T]: T[K] };

interface FakeSlot extends BookableSlot {
  contactId: string;
  offeredTo: string[];
}

/**
 * Bookings and slots in memory, with the repository's contract: scope filtering, the lowest free seat,
 * "only while booked" updates that answer null/false otherwise. No transactions: a spec checks rules.
 */
export class InMemoryBookingRepository implements Surface<BookingRepository> {
  readonly rows = new Map<string, BookingRow & { seat: number }>();
  readonly slots = new Map<string, FakeSlot>();
  private readonly keys = new Map<string, IdempotencyRecord>();

  list(): Promise<BookingRow[]> {
    return Promise.resolve([...this.rows.values()]);
  }

  async findInScope(id: string, scope: BookingScope): Promise<BookingRow | null> {
    const row = this.rows.get(id);
    if (!row) return null;
    const slot = this.slots.get(row.slot_id)!;
    const visible =
      scope.kind === 'municipality'
        ? row.municipality_id === scope.municipalityId
        : scope.kind === 'contact'
          ? slot.contactId === scope.contactId || scope.servedMunicipalityIds.includes(row.municipality_id)
          : scope.kind === 'region';
    return visible ? this.withSlot({ ...row }) : null;
  }

  async findBookableSlot(
    _m: EntityManager,
    slotId: string,
    municipalityId: string,
  ): Promise<BookableSlot | null> {
    const slot = this.slots.get(slotId);
    return slot ? { ...slot, offered: slot.offeredTo.includes(municipalityId) } : null;
  }

  async insertIntoFreeSeat(_m: EntityManager, booking: NewBooking): Promise<string | null> {
    const seat = this.freeSeat(booking.slotId, booking.capacity);
    if (seat === null) return null;
    this.rows.set(booking.id, {
      ...emptyRow(booking.id, booking.slotId, booking.municipalityId, booking.consultantId),
      seat,
      topic: booking.topic,
      step: booking.step,
      child_age_band: booking.childAgeBand,
      question_encrypted: booking.questionEncrypted,
      question_key_id: booking.questionKeyId,
      gp_email: booking.gpEmail,
      participant_emails: booking.participantEmails,
      case_summary_due_at: booking.caseSummaryDueAt,
    });
    return booking.id;
  }

  async markRebooked(_m: EntityManager, id: string, rebookedFromId: string): Promise<void> {
    this.rows.get(id)!.rebooked_from_id = rebookedFromId;
    this.rows.get(rebookedFromId)!.rebooked_as_id = id;
  }

  async cancel(
    _m: EntityManager,
    id: string,
    change: { cancelledById: string; reason: string | null; late: boolean; at: Date },
  ): Promise<number | null> {
    const row = this.rows.get(id);
    if (row?.status !== BookingStatus.Booked) return null;
    Object.assign(row, {
      status: BookingStatus.Cancelled,
      cancelled_at: change.at,
      cancelled_by_id: change.cancelledById,
      cancel_reason: change.reason,
      late_cancellation: change.late,
      ics_sequence: row.ics_sequence + 1,
    });
    return row.ics_sequence;
  }

  async lockBookedOfSlot(
    _m: EntityManager,
    slotId: string,
  ): Promise<{ id: string; status: BookingStatus }[]> {
    return [...this.rows.values()]
      .filter((row) => row.slot_id === slotId && row.status === BookingStatus.Booked)
      .map((row) => ({ id: row.id, status: row.status }));
  }

  async raiseIcsSequence(_m: EntityManager, id: string): Promise<number | null> {
    const row = this.rows.get(id);
    if (row?.status !== BookingStatus.Booked) return null;
    return ++row.ics_sequence;
  }

  async lockOfSlot(
    _m: EntityManager,
    slotId: string,
    ids: string[],
  ): Promise<{ id: string; status: BookingStatus; rebooked: boolean }[]> {
    const all = [...this.rows.values()];
    return all
      .filter((row) => row.slot_id === slotId && ids.includes(row.id))
      .map((row) => ({
        id: row.id,
        status: row.status,
        rebooked: all.some((other) => other.rebooked_from_id === row.id),
      }));
  }

  async reopen(_m: EntityManager, id: string): Promise<boolean> {
    const row = this.rows.get(id);
    if (row?.status !== BookingStatus.Cancelled) return false;
    Object.assign(row, {
      status: BookingStatus.Booked,
      cancelled_at: null,
      cancelled_by_id: null,
      cancel_reason: null,
      late_cancellation: false,
    });
    return true;
  }

  async newVideoRoom(_m: EntityManager, id: string): Promise<number> {
    const row = this.rows.get(id)!;
    row.video_room_id = `room-${row.ics_sequence + 1}`;
    return ++row.ics_sequence;
  }

  async markCaseSummarySubmitted(_m: EntityManager, id: string, at: Date | null): Promise<void> {
    this.rows.get(id)!.case_summary_submitted_at = at;
  }

  purgeQuestions(): Promise<number> {
    throw new Error('retention is not a booking service rule');
  }

  async lock(): Promise<void> {}

  async lockConsultant(): Promise<void> {}

  async countActiveFuture(_m: EntityManager, consultantId: string, now: Date): Promise<number> {
    return [...this.rows.values()].filter(
      (row) =>
        row.consultant_id === consultantId &&
        row.status === BookingStatus.Booked &&
        this.slots.get(row.slot_id)!.starts_at > now,
    ).length;
  }

  async moveToFreeSeat(
    _m: EntityManager,
    id: string,
    move: { slotId: string; capacity: number; caseSummaryDueAt: Date },
  ): Promise<number | null> {
    const row = this.rows.get(id);
    const seat = this.freeSeat(move.slotId, move.capacity);
    if (row?.status !== BookingStatus.Booked || seat === null) return null;
    Object.assign(row, { slot_id: move.slotId, seat, case_summary_due_at: move.caseSummaryDueAt });
    return ++row.ics_sequence;
  }

  async recordOutcome(_m: EntityManager, id: string, outcome: NewOutcome): Promise<boolean> {
    const row = this.rows.get(id);
    if (row?.status !== BookingStatus.Booked) return false;
    Object.assign(row, {
      status: outcome.status,
      outcome_attendance: outcome.attendance,
      outcome_recommendation: outcome.recommendation,
      outcome_gp_participated: outcome.gpParticipated,
      outcome_note: outcome.note,
      outcome_recorded_at: outcome.at,
    });
    return true;
  }

  async rate(
    _m: EntityManager,
    id: string,
    rating: { value: number; comment: string | null; at: Date },
  ): Promise<boolean> {
    const row = this.rows.get(id);
    if (row?.status !== BookingStatus.Held || row.rating_value !== null) return false;
    Object.assign(row, { rating_value: rating.value, rating_comment: rating.comment, rated_at: rating.at });
    return true;
  }

  async claimIdempotencyKey(
    _m: EntityManager,
    claim: { userId: string; key: string; requestHash: string },
  ): Promise<boolean> {
    const id = `${claim.userId}/${claim.key}`;
    if (this.keys.has(id)) return false;
    this.keys.set(id, { request_hash: claim.requestHash, response_status: null, response_body: null });
    return true;
  }

  async findIdempotencyKey(
    _m: EntityManager,
    userId: string,
    key: string,
  ): Promise<IdempotencyRecord | null> {
    return this.keys.get(`${userId}/${key}`) ?? null;
  }

  async storeIdempotentResponse(
    _m: EntityManager,
    userId: string,
    key: string,
    response: { status: number; body: unknown },
  ): Promise<void> {
    Object.assign(this.keys.get(`${userId}/${key}`)!, {
      response_status: response.status,
      response_body: JSON.parse(JSON.stringify(response.body)),
    });
  }

  /** The slot rows the booking views show (as SlotsRepository.findByIds answers). */
  slotRows(ids: string[]): SlotRow[] {
    return ids.map((id) => {
      const slot = this.slots.get(id)!;
      return {
        id,
        series_id: null,
        kind: SessionKind.Sparring,
        starts_at: slot.starts_at,
        ends_at: new Date(slot.starts_at.getTime() + 3600_000),
        capacity: slot.capacity,
        status: slot.status as SlotStatus,
        video_url: null,
        contact_id: slot.contactId,
        contact_name: 'Kontakt',
        municipality_ids: slot.offeredTo,
        booked_count: this.taken(id).length,
      };
    });
  }

  private taken(slotId: string) {
    return [...this.rows.values()].filter(
      (row) => row.slot_id === slotId && row.status !== BookingStatus.Cancelled,
    );
  }

  private freeSeat(slotId: string, capacity: number): number | null {
    const seats = new Set(this.taken(slotId).map((row) => row.seat));
    for (let seat = 1; seat <= capacity; seat++) if (!seats.has(seat)) return seat;
    return null;
  }

  private withSlot<T extends BookingRow>(row: T): T {
    const slot = this.slots.get(row.slot_id)!;
    return {
      ...row,
      contact_id: slot.contactId,
      starts_at: slot.starts_at,
      ends_at: new Date(slot.starts_at.getTime() + 3600_000),
      session_starts_at: slot.starts_at,
    };
  }
}

function emptyRow(id: string, slotId: string, municipalityId: string, consultantId: string): BookingRow {
  const epoch = new Date(0);
  return {
    id,
    slot_id: slotId,
    status: BookingStatus.Booked,
    municipality_id: municipalityId,
    consultant_id: consultantId,
    consultant_name: 'Konsulent',
    contact_id: '',
    contact_name: 'Kontakt',
    topic: undefined as never,
    step: 2,
    child_age_band: undefined as never,
    question_encrypted: null,
    question_key_id: null,
    gp_email: null,
    participant_emails: [],
    case_summary_due_at: epoch,
    case_summary_submitted_at: null,
    created_at: epoch,
    cancelled_at: null,
    cancelled_by_id: null,
    cancelled_by_name: null,
    cancelled_by_role: null,
    cancel_reason: null,
    late_cancellation: false,
    ics_sequence: 0,
    starts_at: epoch,
    ends_at: epoch,
    session_starts_at: epoch,
    rebooked_from_id: null,
    rebooked_as_id: null,
    video_room_id: `room-of-${id}`,
    case_summary_stored: false,
    case_summary_purged_at: null,
    case_summary_purge_reason: null,
    outcome_attendance: null,
    outcome_recommendation: null,
    outcome_gp_participated: null,
    outcome_note: null,
    outcome_recorded_at: null,
    rating_value: null,
    rating_comment: null,
    rated_at: null,
    undelivered_recipients: [],
  };
}

/** The test configuration: bookings close 24 hours before the start, at most 10 upcoming per consultant. */
export const testConfig = (extra: Record<string, string> = {}): AppConfig =>
  loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/unused',
    REDIS_URL: 'redis://127.0.0.1:6379',
    SMTP_URL: 'smtp://127.0.0.1:1025',
    AUTH_SECRET: 'x'.repeat(32),
    CASE_SUMMARY_KEY: Buffer.alloc(32, 7).toString('base64'),
    ...extra,
  });

export const MUNICIPALITY = '00000000-0000-4000-8000-00000000000a';
export const OTHER_MUNICIPALITY = '00000000-0000-4000-8000-00000000000b';
export const REGION = '00000000-0000-4000-8000-0000000000ee';

export const consultant = (id: string, municipalityId = MUNICIPALITY): AuthUser =>
  ({ id, role: Role.Consultant, regionId: REGION, municipalityId }) as AuthUser;
export const contact = (id: string): AuthUser => ({ id, role: Role.Contact, regionId: REGION }) as AuthUser;
export const admin = (id: string): AuthUser => ({ id, role: Role.Admin, regionId: REGION }) as AuthUser;

/**
 * The booking services on in-memory fakes and a fixed clock: the real rules, the state machine,
 * the booking window and the case summary deadline; what they write to the outbox and audit is recorded.
 */
export function bookingWorld(
  now = new Date('2027-03-01T09:00:00Z'),
  extraConfig: Record<string, string> = {},
) {
  const config = testConfig(extraConfig);
  const clock = new FixedClock(now);
  const bookings = new InMemoryBookingRepository();
  const outbox: { kind: OutboxKind; payload: unknown }[] = [];
  const audit: { action: string; bookingId?: string }[] = [];
  const manager = {} as EntityManager;
  const dataSource = {
    transaction: (work: (m: EntityManager) => unknown) => work(manager),
  } as unknown as DataSource;
  const slots = {
    findByIds: async (ids: string[]) => bookings.slotRows(ids),
  } as unknown as SlotsRepository;
  const organisations = {
    municipalityIdsServedBy: async () => [MUNICIPALITY],
  } as unknown as OrganisationsService;
  const outboxWriter = {
    write: async (_m: EntityManager, kind: OutboxKind, payload: unknown) =>
      void outbox.push({ kind, payload }),
  } as unknown as OutboxWriter;
  const auditService = {
    record: async (entry: { action: string; bookingId?: string }) =>
      void audit.push({ action: entry.action, bookingId: entry.bookingId }),
  } as unknown as AuditService;
  const carryOver = { carryOver: async () => false } as unknown as CaseSummaryCarryOver;
  const cipher = ContentCipher.withKeyring({ k1: Buffer.alloc(32, 7) }, 'k1');
  const repository = bookings as unknown as BookingRepository;
  const access = new BookingAccess(repository, organisations);
  const transactions = new BookingTransactions(dataSource);
  const service = new BookingService(
    transactions,
    repository,
    slots,
    access,
    outboxWriter,
    new BookingWindow(config),
    new CaseSummaryDeadline(config),
    config,
    clock,
    auditService,
    cipher,
    carryOver,
  );
  const outcomes = new BookingOutcomeService(repository, service, access, transactions, clock);
  const replies = new IdempotentReplies(repository, service, clock);

  /** A slot offered to MUNICIPALITY, held by `contactId`, starting `startsInHours` from now. */
  const addSlot = (id: string, contactId: string, startsInHours: number, capacity = 1): string => {
    bookings.slots.set(id, {
      id,
      contactId,
      status: 'open',
      starts_at: new Date(clock.now().getTime() + startsInHours * 3600_000),
      capacity,
      offered: true,
      offeredTo: [MUNICIPALITY],
    });
    return id;
  };

  return { config, clock, manager, bookings, outbox, audit, service, outcomes, replies, addSlot };
}
