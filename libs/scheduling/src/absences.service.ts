import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock, ValidationFailedException } from '@app/common';
import { assertAnonymousFreeText } from '@app/free-text';
import { CreateAbsenceDto } from './dto/create-absence.dto';
import { AbsencesRepository } from './absences.repository';
import { SlotBookings } from './slot-bookings';
import { SlotCancellation } from './slot-cancellation';
import { SlotOwner } from './slot-owner';
import { SlotsRepository } from './slots.repository';
import { addDays, copenhagenInstant, isCalendarDate } from './time';

export interface AbsenceResult {
  id: string;
  contactId: string;
  from: string;
  to: string;
  deputyContactId: string | null;
  slotsMoved: number;
  slotsCancelled: number;
}

/**
 * A contact's absence: each of their future open slots in the period moves to a deputy — the one
 * named, or else the deputy all the slot's municipalities share — or, without one, is cancelled.
 * Nobody is left waiting in an empty video room: every booking hears about it through the outbox.
 */
@Injectable()
export class AbsencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly owner: SlotOwner,
    private readonly cancellation: SlotCancellation,
    private readonly slots: SlotsRepository,
    private readonly bookings: SlotBookings,
    private readonly absences: AbsencesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async register(user: AuthUser, dto: CreateAbsenceDto): Promise<AbsenceResult> {
    if (!isCalendarDate(dto.from))
      throw new ValidationFailedException([{ field: 'from', message: 'from is not a valid date' }]);
    if (!isCalendarDate(dto.to) || dto.to < dto.from) {
      throw new ValidationFailedException([
        { field: 'to', message: 'to must be a valid date on or after from' },
      ]);
    }
    // The reason becomes the cancellation reason of every booking it cancels: screened first.
    assertAnonymousFreeText({ field: 'reason', label: 'årsagen til fraværet', text: dto.reason });
    const contactId = await this.owner.resolveContact(user, dto.contactId);
    if (dto.deputyContactId) await this.owner.assertDeputy(user, contactId, dto.deputyContactId);
    const now = this.clock.now();
    const periodStart = copenhagenInstant(dto.from, '00:00');
    const periodEnd = copenhagenInstant(addDays(dto.to, 1), '00:00');

    return this.dataSource.transaction(async (manager) => {
      const slots = await this.slots.lockOpenOfContact(manager, contactId, {
        from: periodStart,
        to: periodEnd,
        after: now,
      });
      let slotsMoved = 0;
      let slotsCancelled = 0;
      for (const slot of slots) {
        const deputy = dto.deputyContactId ?? sharedDeputy(slot.deputies, contactId);
        if (deputy) {
          await this.moveToDeputy(manager, slot.id, contactId, deputy);
          slotsMoved += 1;
        } else {
          await this.cancellation.cancel(manager, slot.id, user, absenceReason(dto.reason), now);
          slotsCancelled += 1;
        }
      }
      const absence = await this.absences.insert(manager, {
        contactId,
        fromDate: dto.from,
        toDate: dto.to,
        reason: dto.reason?.trim() || null,
        deputyContactId: dto.deputyContactId ?? null,
        slotsMoved,
        slotsCancelled,
        createdById: user.id,
      });
      await this.audit.record(
        {
          action: AuditAction.AbsenceRegistered,
          actor: { id: user.id, role: user.role, regionId: user.regionId },
          subject: { type: 'absence', id: absence.id },
          details: { slotsMoved, slotsCancelled },
        },
        manager,
      );
      return {
        id: absence.id,
        contactId,
        from: dto.from,
        to: dto.to,
        deputyContactId: absence.deputyContactId,
        slotsMoved,
        slotsCancelled,
      };
    });
  }

  /** Same time, new contact: each booking's invite changes, so its sequence is raised and it is notified. */
  private async moveToDeputy(
    manager: EntityManager,
    slotId: string,
    previousContactId: string,
    deputy: string,
  ): Promise<void> {
    await this.slots.setContact(manager, slotId, deputy);
    await this.bookings.announceNewContact(manager, slotId, previousContactId);
  }
}

/** The one deputy every offered municipality has (and who is not the absent contact), else none. */
function sharedDeputy(deputies: (string | null)[] | null, absentContactId: string): string | null {
  if (!deputies || deputies.length !== 1 || !deputies[0] || deputies[0] === absentContactId) return null;
  return deputies[0];
}

const absenceReason = (reason?: string) => (reason?.trim() ? `Fravær: ${reason.trim()}` : 'Fravær');
