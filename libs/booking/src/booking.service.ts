import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode, NotFoundException } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { OrganisationsService, Role } from '@app/organisations';
import { BookingWindow, SlotsRepository, toSlotView } from '@app/scheduling';
import { BookingScope } from './booking-scope';
import { BookingRepository } from './booking.repository';
import { BookingRow, BookingView, toBookingView } from './booking.view';
import { CancelBookingDto } from './dto/cancel-booking.dto';
import { CreateBookingDto } from './dto/create-booking.dto';
import { ListBookingsQuery } from './dto/list-bookings.query';
import { BookingStatus } from './entities/booking.enums';
import { QuestionScreening } from './question-screening';

const MAX_LIST = 1000;

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
  ) {}

  async book(user: AuthUser, dto: CreateBookingDto): Promise<BookingView> {
    if (user.role !== Role.Consultant || !user.municipalityId) {
      throw new DomainException(ErrorCode.Forbidden, 'Only municipal consultants can book');
    }
    const municipalityId = user.municipalityId;
    this.screening.assertAnonymous(dto.question);

    const bookingId = await this.dataSource.transaction(async (manager) => {
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
      return id;
    });
    return this.get(user, bookingId);
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
  async cancel(user: AuthUser, id: string, dto: CancelBookingDto): Promise<BookingView> {
    const scope = await this.scopeOf(user);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.bookings.findInScope(id, scope, manager);
      if (!row) throw new NotFoundException('Booking');
      if (user.role === Role.Contact && row.contact_id !== user.id) {
        throw new DomainException(ErrorCode.Forbidden, 'Only the contact holding the session can cancel it');
      }
      if (row.status !== BookingStatus.Booked) {
        throw new DomainException(ErrorCode.Conflict, `A booking that is ${row.status} cannot be cancelled`);
      }
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
    });
    return this.get(user, id);
  }

  private async scopeOf(user: AuthUser): Promise<BookingScope> {
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

  private async toViews(user: AuthUser, rows: BookingRow[]): Promise<BookingView[]> {
    const now = this.clock.now();
    const slotRows = await this.slots.findByIds([...new Set(rows.map((row) => row.slot_id))]);
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
