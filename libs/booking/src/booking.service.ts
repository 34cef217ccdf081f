import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode, NotFoundException, ValidationFailedException } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { OrganisationsService, Role } from '@app/organisations';
import { BookingWindow, SlotsRepository, toSlotView } from '@app/scheduling';
import { BookingScope } from './booking-scope';
import { assertTransition } from './booking-state';
import { BookingRepository } from './booking.repository';
import { BookingRow, BookingView, toBookingView } from './booking.view';
import { CancelBookingDto } from './dto/cancel-booking.dto';
import { CreateBookingDto } from './dto/create-booking.dto';
import { ListBookingsQuery } from './dto/list-bookings.query';
import { RescheduleBookingDto } from './dto/reschedule-booking.dto';
import { QuestionScreening } from './question-screening';

const MAX_LIST = 1000;
const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
const MAX_IDEMPOTENCY_KEY = 200;

/** The optional `Idempotency-Key` of a request; undefined when the header was not sent. */
export type IdempotencyKeyHeader = string | undefined;

/** The booking rules: who may book what and when, cancellation, and what the caller may see. */
@Injectable()
export class BookingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly slots: SlotsRepository,
    private readonly organisations: OrganisationsService,
    private readonly outbox: OutboxWriter,
    private readonly window: BookingWindow,
    private readonly screening: QuestionScreening,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
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

  async book(
    user: AuthUser,
    dto: CreateBookingDto,
    idempotencyKey?: IdempotencyKeyHeader,
  ): Promise<BookingView> {
    if (user.role !== Role.Consultant || !user.municipalityId) {
      throw new DomainException(ErrorCode.Forbidden, 'Only municipal consultants can book');
    }
    const municipalityId = user.municipalityId;
    this.screening.assertAnonymous(dto.question);

    const request = { key: idempotencyKey, route: 'POST /bookings', body: dto, status: 201 };
    return this.transact(user, request, async (manager) => {
      const slot = await this.bookings.findBookableSlot(manager, dto.slotId, municipalityId);
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
      const id = await this.bookings.insertIntoFreeSeat(manager, {
        slotId: slot.id,
        capacity: slot.capacity,
        municipalityId,
        consultantId: user.id,
        topic: dto.topic,
        step: dto.step ?? 2,
        childAgeBand: dto.childAgeBand,
        question: dto.question,
        gpEmail: dto.gpEmail?.toLowerCase() ?? null,
        participantEmails: normaliseEmails(dto.participantEmails ?? [], dto.gpEmail),
        caseSummaryDueAt: new Date(slot.starts_at.getTime() - this.config.caseSummaryDueBeforeMs),
      });
      if (!id)
        throw new DomainException(ErrorCode.SlotUnavailable, 'The slot has just been booked by someone else');
      await this.outbox.write(manager, OutboxKind.BookingCreated, { bookingId: id, icsSequence: 0 });
      await this.recordAudit(manager, user, AuditAction.BookingCreated, id, { slotId: slot.id });
      return this.view(manager, user, id);
    });
  }

  async list(user: AuthUser, query: ListBookingsQuery): Promise<BookingView[]> {
    const rows = await this.bookings.list(await this.scopeOf(user), {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      status: query.status,
      municipalityId: query.municipalityId,
      limit: MAX_LIST,
    });
    return this.toViews(user, rows);
  }

  async get(user: AuthUser, id: string): Promise<BookingView> {
    const row = await this.bookings.findInScope(id, await this.scopeOf(user));
    if (!row) throw new NotFoundException('Booking');
    const [view] = await this.toViews(user, [row]);
    return view;
  }

  /**
   * The consultant, a colleague of the same municipality, the session's contact or an admin may
   * cancel until the session starts; a consultant's cancellation after the closing time is late.
   */
  async cancel(
    user: AuthUser,
    id: string,
    dto: CancelBookingDto,
    idempotencyKey?: IdempotencyKeyHeader,
  ): Promise<BookingView> {
    const scope = await this.scopeOf(user);
    const request = { key: idempotencyKey, route: `POST /bookings/${id}/cancel`, body: dto, status: 200 };
    return this.transact(user, request, async (manager) => {
      await this.bookings.lock(manager, id);
      const row = await this.bookings.findInScope(id, scope, manager);
      if (!row) throw new NotFoundException('Booking');
      if (user.role === Role.Contact && row.contact_id !== user.id) {
        throw new DomainException(ErrorCode.Forbidden, 'Only the contact holding the session can cancel it');
      }
      assertTransition(row.status, 'cancel');
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
  async reschedule(
    user: AuthUser,
    id: string,
    dto: RescheduleBookingDto,
    idempotencyKey?: IdempotencyKeyHeader,
  ): Promise<BookingView> {
    const scope = await this.scopeOf(user);
    const request = { key: idempotencyKey, route: `POST /bookings/${id}/reschedule`, body: dto, status: 200 };
    return this.transact(user, request, async (manager) => {
      await this.bookings.lock(manager, id);
      const row = await this.bookings.findInScope(id, scope, manager);
      if (!row) throw new NotFoundException('Booking');
      if (user.role === Role.Contact) {
        throw new DomainException(
          ErrorCode.Forbidden,
          'Only the municipality or an admin can move a booking',
        );
      }
      assertTransition(row.status, 'reschedule');
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
      const icsSequence = await this.bookings.moveToFreeSeat(manager, id, {
        slotId: slot.id,
        capacity: slot.capacity,
        caseSummaryDueAt: new Date(slot.starts_at.getTime() - this.config.caseSummaryDueBeforeMs),
      });
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
    const row = await this.bookings.findInScope(id, await this.scopeOf(user), manager);
    if (!row) throw new NotFoundException('Booking');
    const [view] = await this.toViews(user, [row], manager);
    return view;
  }

  /**
   * Runs a change in one transaction. With an Idempotency-Key the key is claimed first (the database
   * makes concurrent retries wait for the first): a retry with the same body gets the first response,
   * a different body is a 409; only successful responses are kept, for 24 hours.
   */
  async transact(
    user: AuthUser,
    request: { key: IdempotencyKeyHeader; route: string; body: unknown; status: number },
    work: (manager: EntityManager) => Promise<BookingView>,
  ): Promise<BookingView> {
    const key = request.key;
    if (key !== undefined && (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY)) {
      throw new ValidationFailedException([
        { field: 'Idempotency-Key', message: `must be 1 to ${MAX_IDEMPOTENCY_KEY} characters` },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      if (key === undefined) return work(manager);
      const requestHash = hashRequest(request.route, request.body);
      const now = this.clock.now();
      const claimed = await this.bookings.claimIdempotencyKey(manager, {
        userId: user.id,
        key,
        requestHash,
        now,
        expiredBefore: new Date(now.getTime() - IDEMPOTENCY_TTL_MS),
      });
      if (!claimed) {
        const stored = await this.bookings.findIdempotencyKey(manager, user.id, key);
        if (!stored || stored.request_hash !== requestHash) {
          throw new DomainException(
            ErrorCode.Conflict,
            'This Idempotency-Key was already used for a different request',
          );
        }
        if (stored.response_body === null) {
          throw new DomainException(ErrorCode.Conflict, 'A request with this Idempotency-Key is in progress');
        }
        return stored.response_body as BookingView;
      }
      const view = await work(manager);
      await this.bookings.storeIdempotentResponse(manager, user.id, key, {
        status: request.status,
        body: view,
      });
      return view;
    });
  }

  async scopeOf(user: AuthUser): Promise<BookingScope> {
    switch (user.role) {
      case Role.Consultant:
        return user.municipalityId
          ? { kind: 'municipality', municipalityId: user.municipalityId }
          : { kind: 'nothing' };
      case Role.Contact:
        return {
          kind: 'contact',
          contactId: user.id,
          servedMunicipalityIds: await this.organisations.municipalityIdsServedBy(user.id),
        };
      case Role.Admin:
        return { kind: 'region', regionId: user.regionId };
    }
  }

  private async toViews(user: AuthUser, rows: BookingRow[], manager?: EntityManager): Promise<BookingView[]> {
    const now = this.clock.now();
    const slotRows = await this.slots.findByIds([...new Set(rows.map((row) => row.slot_id))], manager);
    const slots = new Map(
      slotRows.map((slot) => [slot.id, toSlotView(slot, (s) => this.window.closesAt(s), now)]),
    );
    return rows.map((row) => toBookingView(row, slots.get(row.slot_id)!, user.role));
  }
}

/** Lower-cased, de-duplicated, and without the GP (who is invited as GP already). */
function normaliseEmails(emails: string[], gpEmail?: string): string[] {
  const gp = gpEmail?.trim().toLowerCase();
  return [...new Set(emails.map((email) => email.trim().toLowerCase()))].filter((email) => email !== gp);
}

/** SHA-256 of the route and the body with its keys sorted, so a retry matches whatever the key order. */
function hashRequest(route: string, body: unknown): string {
  return createHash('sha256')
    .update(`${route}\n${canonicalJson(body)}`)
    .digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
