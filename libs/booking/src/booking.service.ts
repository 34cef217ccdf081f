import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { CaseSummaryCarryOver } from '@app/case-summary';
import {
  Clock,
  DomainException,
  ErrorCode,
  NotFoundException,
  Page,
  pageCursor,
  ValidationFailedException,
} from '@app/common';
import { AppConfig } from '@app/config';
import { ContentCipher } from '@app/crypto';
import { isUniqueViolation } from '@app/database';
import { assertAnonymousFreeText } from '@app/free-text';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { Role } from '@app/organisations';
import { BookingWindow, CaseSummaryDeadline, SlotsRepository, toSlotView } from '@app/scheduling';
import { BookingAccess, CHANGE_RULES } from './booking-access';
import { BookingTransactions } from './booking-transactions';
import { BookingRepository } from './booking.repository';
import {
  BookingRow,
  BookingView,
  cancelledByBup,
  readsCaseContent,
  toBookingView,
  withoutCaseContent,
} from './booking.view';
import { CancelBookingDto } from './dto/cancel-booking.dto';
import { CreateBookingDto } from './dto/create-booking.dto';
import { ListBookingsQuery } from './dto/list-bookings.query';
import { RebookBookingDto } from './dto/rebook-booking.dto';
import { RescheduleBookingDto } from './dto/reschedule-booking.dto';
import { ACTIVE_SEAT_INDEX, REBOOKED_FROM_INDEX } from './entities/booking.entity';
import { ChildAgeBand, Topic } from './entities/booking.enums';

/** Bookings per page unless the caller asks for another `limit`. */
export const DEFAULT_BOOKING_PAGE = 50;

/** What a booking is about: given on POST /bookings, or copied from a cancelled booking on a rebook. */
interface BookingDetails {
  slotId: string;
  topic: Topic;
  step: number;
  childAgeBand: ChildAgeBand;
  question: string;
  gpEmail: string | null;
  participantEmails: string[];
}

/**
 * Where a page of GET /bookings starts. The list shows upcoming sessions first (soonest first), then
 * past ones (latest first); `pivot` is the "now" of the first page, carried in the cursor so a session
 * starting while someone pages cannot move between the halves, and `phase` says which half.
 */
interface BookingListPosition {
  pivot: Date;
  phase: 'upcoming' | 'past';
  after?: { at: Date; id: string };
}

/** The booking rules: who may book what and when, cancellation, and what the caller may see. */
@Injectable()
export class BookingService {
  constructor(
    private readonly transactions: BookingTransactions,
    private readonly bookings: BookingRepository,
    private readonly slots: SlotsRepository,
    private readonly access: BookingAccess,
    private readonly outbox: OutboxWriter,
    private readonly window: BookingWindow,
    private readonly deadline: CaseSummaryDeadline,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cipher: ContentCipher,
    private readonly caseSummaries: CaseSummaryCarryOver,
  ) {}

  /** An audit line for a change to a booking, in the change's transaction (ids and small facts only). */
  recordAudit(
    manager: EntityManager,
    user: AuthUser,
    action: AuditAction,
    bookingId: string,
    details: Record<string, string | number | boolean | null> = {},
  ): Promise<void> {
    return this.audit.record(
      { action, actor: { id: user.id, role: user.role, regionId: user.regionId }, bookingId, details },
      manager,
    );
  }

  async book(user: AuthUser, dto: CreateBookingDto): Promise<BookingView> {
    const municipalityId = this.bookingMunicipality(user);
    assertAnonymousFreeText({ field: 'question', label: 'spørgsmålet til BUP', text: dto.question });
    return this.transactions.run(async (manager) => {
      const details: BookingDetails = {
        slotId: dto.slotId,
        topic: dto.topic,
        step: dto.step ?? 2,
        childAgeBand: dto.childAgeBand,
        question: dto.question,
        gpEmail: dto.gpEmail?.toLowerCase() ?? null,
        participantEmails: normaliseEmails(dto.participantEmails ?? [], dto.gpEmail),
      };
      const id = await this.placeBooking(manager, user, municipalityId, details);
      await this.recordAudit(manager, user, AuditAction.BookingCreated, id, { slotId: details.slotId });
      return this.view(manager, user, id);
    });
  }

  /**
   * "Book a new time with the same details" after BUP cancelled a booking: one transaction books the
   * new slot by the same rules as POST /bookings, with the cancelled booking's topic, step, age band,
   * question, GP and participants, and carries its kept case summary over. Only the booking's own
   * consultant, only once per cancelled booking, and never after the municipality cancelled it itself
   * (then the summary is gone, and a new booking is simply a new booking).
   */
  async rebook(user: AuthUser, id: string, dto: RebookBookingDto): Promise<BookingView> {
    const municipalityId = this.bookingMunicipality(user);
    const scope = await this.access.scopeOf(user);
    return this.transactions.run(async (manager) => {
      const old = await this.access.lockForChange(manager, user, scope, id, CHANGE_RULES.rebook);
      if (!cancelledByBup(old)) {
        throw new DomainException(
          ErrorCode.Conflict,
          'Kun en booking, som BUP har aflyst, kan bookes igen med de samme oplysninger',
        );
      }
      if (old.rebooked_as_id) {
        throw new DomainException(ErrorCode.Conflict, 'Der er allerede booket en ny tid for denne booking');
      }
      const question = this.questionOf(old, user);
      if (question === null) {
        throw new DomainException(
          ErrorCode.Conflict,
          'Spørgsmålet til BUP er slettet efter opbevaringstiden; book en ny tid på almindelig vis',
        );
      }
      const newId = await this.placeBooking(manager, user, municipalityId, {
        slotId: dto.slotId,
        topic: old.topic,
        step: old.step,
        childAgeBand: old.child_age_band,
        question,
        gpEmail: old.gp_email,
        participantEmails: old.participant_emails,
      });
      try {
        await this.bookings.markRebooked(manager, newId, id);
      } catch (error) {
        // The booking row lock makes this unreachable in practice; the index is the last word.
        if (isUniqueViolation(error, REBOOKED_FROM_INDEX))
          throw new DomainException(ErrorCode.Conflict, 'Der er allerede booket en ny tid for denne booking');
        throw error;
      }
      const carried = await this.caseSummaries.carryOver(
        manager,
        { bookingId: id, regionId: user.regionId },
        newId,
        { id: user.id, role: user.role, regionId: user.regionId },
        this.clock.now(),
      );
      await this.recordAudit(manager, user, AuditAction.BookingCreated, newId, {
        slotId: dto.slotId,
        rebookedFrom: id,
        caseSummaryCarriedOver: carried,
      });
      return this.view(manager, user, newId);
    });
  }

  private bookingMunicipality(user: AuthUser): string {
    if (user.role !== Role.Consultant || !user.municipalityId) {
      throw new DomainException(ErrorCode.Forbidden, 'Only municipal consultants can book');
    }
    return user.municipalityId;
  }

  /** The booking rules of POST /bookings, inside the caller's transaction; returns the new booking's id. */
  private async placeBooking(
    manager: EntityManager,
    user: AuthUser,
    municipalityId: string,
    details: BookingDetails,
  ): Promise<string> {
    const slot = await this.bookings.findBookableSlot(manager, details.slotId, municipalityId);
    // A slot not offered to the caller's municipality does not exist for them.
    if (!slot || !slot.offered) throw new NotFoundException('Slot');
    if (slot.status !== 'open')
      throw new DomainException(ErrorCode.SlotUnavailable, 'The slot has been cancelled');
    const now = this.clock.now();
    if (this.window.isClosed(slot.starts_at, now)) {
      throw new DomainException(
        ErrorCode.BookingClosed,
        'Booking of this slot has closed; choose a later time',
      );
    }
    await this.bookings.lockConsultant(manager, user.id);
    const active = await this.bookings.countActiveFuture(manager, user.id, now);
    if (active >= this.config.maxActiveBookingsPerConsultant) {
      throw new DomainException(
        ErrorCode.Conflict,
        `You already have ${active} upcoming bookings, the most one consultant may hold; cancel one or wait until a session has taken place`,
      );
    }
    const bookingId = randomUUID();
    const id = await this.bookings.insertIntoFreeSeat(manager, {
      id: bookingId,
      slotId: slot.id,
      capacity: slot.capacity,
      municipalityId,
      consultantId: user.id,
      topic: details.topic,
      step: details.step,
      childAgeBand: details.childAgeBand,
      questionEncrypted: this.cipher.encryptText(details.question, { bookingId, field: 'question' }),
      questionKeyId: this.cipher.currentKeyId,
      gpEmail: details.gpEmail,
      participantEmails: details.participantEmails,
      // Booked after the regular deadline: due at once (the view says so, the reminder goes out now).
      caseSummaryDueAt: this.deadline.dueFor(slot.starts_at, now).dueAt,
    });
    if (!id)
      throw new DomainException(ErrorCode.SlotUnavailable, 'The slot has just been booked by someone else');
    await this.outbox.write(manager, OutboxKind.BookingCreated, { bookingId: id, icsSequence: 0 });
    return id;
  }

  /**
   * A page of the caller's bookings: upcoming sessions first (soonest first), then past ones (latest
   * first), keyset-paginated on (session_starts_at, id) so every page costs the same however many
   * years of history the municipality has.
   */
  async list(user: AuthUser, query: ListBookingsQuery): Promise<Page<BookingView>> {
    const limit = query.limit ?? DEFAULT_BOOKING_PAGE;
    const position: BookingListPosition = query.cursor
      ? decodeBookingCursor(query.cursor)
      : { pivot: this.clock.now(), phase: 'upcoming' };
    const scope = await this.access.scopeOf(user);
    const filter = {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      status: query.status,
      municipalityId: query.municipalityId,
    };
    const rows: BookingRow[] = [];
    let next: BookingListPosition | null = null;
    if (position.phase === 'upcoming') {
      // One row more than asked tells whether the upcoming half goes on.
      const upcoming = await this.bookings.list(scope, {
        ...filter,
        from: latest(filter.from, position.pivot),
        direction: 'asc',
        after: position.after,
        limit: limit + 1,
      });
      rows.push(...upcoming.slice(0, limit));
      if (upcoming.length > limit) next = { ...position, after: keysetOf(rows[rows.length - 1]) };
    }
    if (!next) {
      const inPast = position.phase === 'past';
      const past = await this.bookings.list(scope, {
        ...filter,
        to: earliest(filter.to, position.pivot),
        direction: 'desc',
        after: inPast ? position.after : undefined,
        limit: limit - rows.length + 1,
      });
      const room = limit - rows.length;
      rows.push(...past.slice(0, room));
      if (past.length > room) {
        const lastPast = room > 0 ? keysetOf(rows[rows.length - 1]) : inPast ? position.after : undefined;
        next = { pivot: position.pivot, phase: 'past', after: lastPast };
      }
    }
    return { items: await this.toViews(user, rows), nextCursor: next ? encodeBookingCursor(next) : null };
  }

  async get(user: AuthUser, id: string): Promise<BookingView> {
    const row = await this.bookings.findInScope(id, await this.access.scopeOf(user));
    if (!row) throw new NotFoundException('Booking');
    const [view] = await this.toViews(user, [row]);
    return view;
  }

  /**
   * The consultant, a colleague of the same municipality, the session's contact or an admin may
   * cancel until the session starts; a consultant's cancellation after the closing time is late.
   */
  async cancel(user: AuthUser, id: string, dto: CancelBookingDto): Promise<BookingView> {
    // The reason is read by the other side of the booking: screened before anything is looked up or changed.
    assertAnonymousFreeText({ field: 'reason', label: 'årsagen til aflysningen', text: dto.reason });
    const scope = await this.access.scopeOf(user);
    return this.transactions.run(async (manager) => {
      const row = await this.access.lockForChange(manager, user, scope, id, CHANGE_RULES.cancel);
      const now = this.clock.now();
      if (now >= row.starts_at) {
        throw new DomainException(ErrorCode.Conflict, 'The session has started; record the outcome instead');
      }
      const icsSequence = await this.bookings.cancel(manager, id, {
        cancelledById: user.id,
        reason: dto.reason?.trim() || null,
        late: user.role === Role.Consultant && this.window.isClosed(row.starts_at, now),
        at: now,
      });
      if (icsSequence === null)
        throw new DomainException(ErrorCode.Conflict, 'The booking was changed meanwhile');
      await this.outbox.write(manager, OutboxKind.BookingCancelled, {
        bookingId: id,
        icsSequence,
        cancelledById: user.id,
      });
      await this.recordAudit(manager, user, AuditAction.BookingCancelled, id, {
        late: user.role === Role.Consultant && this.window.isClosed(row.starts_at, now),
      });
      return this.view(manager, user, id);
    });
  }

  /**
   * Moves a booked booking to another slot offered to its municipality: the same booking id, the
   * lowest free seat of the new slot (a seat lost to a concurrent request makes it try the next), a
   * raised invite sequence. One transaction: a full slot or any refusal leaves everything as it was. The consultant, a
   * colleague of the same municipality (take-over) or an admin may reschedule.
   */
  async reschedule(user: AuthUser, id: string, dto: RescheduleBookingDto): Promise<BookingView> {
    const scope = await this.access.scopeOf(user);
    return this.transactions.run(async (manager) => {
      const row = await this.access.lockForChange(manager, user, scope, id, CHANGE_RULES.reschedule);
      const now = this.clock.now();
      if (now >= row.starts_at) {
        throw new DomainException(ErrorCode.Conflict, 'The session has started and can no longer be moved');
      }
      if (dto.slotId === row.slot_id) {
        throw new DomainException(ErrorCode.Conflict, 'The booking is already on this slot');
      }
      const slot = await this.bookings.findBookableSlot(manager, dto.slotId, row.municipality_id);
      if (!slot || !slot.offered) throw new NotFoundException('Slot');
      if (slot.status !== 'open')
        throw new DomainException(ErrorCode.SlotUnavailable, 'The slot has been cancelled');
      if (this.window.isClosed(slot.starts_at, now)) {
        throw new DomainException(
          ErrorCode.BookingClosed,
          'Booking of this slot has closed; choose a later time',
        );
      }
      let icsSequence: number | null;
      try {
        icsSequence = await this.bookings.moveToFreeSeat(manager, id, {
          slotId: slot.id,
          capacity: slot.capacity,
          // Booked after the regular deadline: due at once (the view says so, the reminder goes out now).
          caseSummaryDueAt: this.deadline.dueFor(slot.starts_at, now).dueAt,
        });
      } catch (error) {
        if (isUniqueViolation(error, ACTIVE_SEAT_INDEX)) icsSequence = null;
        else throw error;
      }
      if (icsSequence === null)
        throw new DomainException(ErrorCode.SlotUnavailable, 'The slot has just been booked by someone else');
      await this.outbox.write(manager, OutboxKind.BookingRescheduled, {
        bookingId: id,
        icsSequence,
        previousSlotId: row.slot_id,
      });
      await this.recordAudit(manager, user, AuditAction.BookingRescheduled, id, {
        fromSlotId: row.slot_id,
        toSlotId: slot.id,
      });
      return this.view(manager, user, id);
    });
  }

  /** The booking as the caller sees it, read with the given transaction. */
  async view(manager: EntityManager, user: AuthUser, id: string): Promise<BookingView> {
    const row = await this.bookings.findInScope(id, await this.access.scopeOf(user), manager);
    if (!row) throw new NotFoundException('Booking');
    const [view] = await this.toViews(user, [row], manager);
    return view;
  }

  private async toViews(user: AuthUser, rows: BookingRow[], manager?: EntityManager): Promise<BookingView[]> {
    const now = this.clock.now();
    const slotRows = await this.slots.findByIds([...new Set(rows.map((row) => row.slot_id))], manager);
    const slots = new Map(
      slotRows.map((slot) => [slot.id, toSlotView(slot, (s) => this.window.closesAt(s), now)]),
    );
    const viewer = {
      id: user.id,
      role: user.role,
      caseSummaryRetentionMs: this.config.caseSummaryRetentionMs,
      videoRoomUrlTemplate: this.config.videoRoomUrlTemplate,
    };
    return rows.map((row) =>
      toBookingView(row, slots.get(row.slot_id)!, viewer, this.questionOf(row, user), {
        dueImmediately: this.deadline.wasImmediate(row.case_summary_due_at, row.starts_at),
      }),
    );
  }

  /** The decrypted question, only for a viewer who may read it (never decrypted for anyone else). */
  private questionOf(row: BookingRow, user: AuthUser): string | null {
    if (!row.question_encrypted || !row.question_key_id || !readsCaseContent(row, user)) return null;
    return this.cipher.decryptText(row.question_encrypted, row.question_key_id, {
      bookingId: row.id,
      field: 'question',
    });
  }

  /** A stored response replayed, with the question and outcome note the caller may read now, from the booking. */
  async replay(manager: EntityManager, user: AuthUser, cached: BookingView): Promise<BookingView> {
    const replay = withoutCaseContent(cached);
    const row = await this.bookings.findInScope(cached.id, await this.access.scopeOf(user), manager);
    if (!row) return replay;
    const question = this.questionOf(row, user);
    if (question !== null) replay.question = question;
    if (replay.outcome && row.outcome_note !== undefined && readsCaseContent(row, user))
      replay.outcome.note = row.outcome_note;
    return replay;
  }
}

const keysetOf = (row: BookingRow) => ({ at: row.session_starts_at, id: row.id });
const latest = (a: Date | undefined, b: Date) => (a && a > b ? a : b);
const earliest = (a: Date | undefined, b: Date) => (a && a < b ? a : b);

function encodeBookingCursor(position: BookingListPosition): string {
  return pageCursor.encode({
    n: position.pivot.toISOString(),
    p: position.phase === 'upcoming' ? 'u' : 'p',
    t: position.after?.at.toISOString() ?? null,
    i: position.after?.id ?? null,
  });
}

function decodeBookingCursor(cursor: string): BookingListPosition {
  const fields = pageCursor.decode(cursor, ['n', 'p', 't', 'i']);
  if (fields.p !== 'u' && fields.p !== 'p')
    throw new ValidationFailedException([{ field: 'cursor', message: 'ugyldig cursor (fase)' }]);
  const position: BookingListPosition = {
    pivot: pageCursor.instant(fields.n),
    phase: fields.p === 'u' ? 'upcoming' : 'past',
  };
  if (fields.t !== null || fields.i !== null)
    position.after = { at: pageCursor.instant(fields.t), id: pageCursor.id(fields.i) };
  return position;
}

/** Lower-cased, de-duplicated, and without the GP (who is invited as GP already). */
function normaliseEmails(emails: string[], gpEmail?: string): string[] {
  const gp = gpEmail?.trim().toLowerCase();
  return [...new Set(emails.map((email) => email.trim().toLowerCase()))].filter((email) => email !== gp);
}
