import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock } from '@app/common';
import { assertAnonymousFreeText } from '@app/free-text';
import { AppConfig } from '@app/config';
import { OutboxWriteOptions } from '@app/jobs';
import { absencePeriod } from './absence-period';
import { AbsencesRepository } from './absences.repository';
import { CreateAbsenceDto } from './dto/create-absence.dto';
import { AbsenceEffect, AbsenceSlot } from './entities/absence-slot.entity';
import { SlotBookings } from './slot-bookings';
import { SlotCancellation } from './slot-cancellation';
import { SlotOwner } from './slot-owner';
import { SlotsRepository } from './slots.repository';

export interface AbsenceResult {
  id: string;
  contactId: string;
  from: string;
  to: string;
  deputyContactId: string | null;
  slotsMoved: number;
  slotsCancelled: number;
  /** Until then the absence can be undone; nobody has been told yet. */
  undoableUntil: string;
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
    private readonly config: AppConfig,
  ) {}

  async register(user: AuthUser, dto: CreateAbsenceDto): Promise<AbsenceResult> {
    const { start: periodStart, end: periodEnd } = absencePeriod(dto.from, dto.to);
    // The reason becomes the cancellation reason of every booking it cancels: screened first.
    assertAnonymousFreeText({ field: 'reason', label: 'årsagen til fraværet', text: dto.reason });
    const contactId = await this.owner.resolveContact(user, dto.contactId);
    if (dto.deputyContactId) await this.owner.assertDeputy(user, contactId, dto.deputyContactId);
    const now = this.clock.now();
    // The messages wait out the undo window: a mistaken absence is undone before anyone hears of it.
    const undoableUntil = new Date(now.getTime() + this.config.absenceUndoWindowMs);
    const delivery: OutboxWriteOptions = { delayMs: this.config.absenceUndoWindowMs };

    return this.dataSource.transaction(async (manager) => {
      const slots = await this.slots.lockOpenOfContact(manager, contactId, {
        from: periodStart,
        to: periodEnd,
        after: now,
      });
      const effects: Omit<AbsenceSlot, 'absenceId'>[] = [];
      const outboxMessageIds: string[] = [];
      for (const slot of slots) {
        const deputy = dto.deputyContactId ?? sharedDeputy(slot.deputies, contactId);
        if (deputy) {
          outboxMessageIds.push(...(await this.moveToDeputy(manager, slot.id, contactId, deputy, delivery)));
          effects.push({
            slotId: slot.id,
            effect: AbsenceEffect.Moved,
            previousContactId: contactId,
            deputyContactId: deputy,
            cancelledBookingIds: [],
          });
        } else {
          const reason = absenceReason(dto.reason);
          const cancelled = await this.cancellation.cancel(manager, slot.id, user, reason, now, delivery);
          outboxMessageIds.push(...cancelled.outboxIds);
          effects.push({
            slotId: slot.id,
            effect: AbsenceEffect.Cancelled,
            previousContactId: contactId,
            deputyContactId: null,
            cancelledBookingIds: cancelled.bookingIds,
          });
        }
      }
      const slotsMoved = effects.filter((effect) => effect.effect === AbsenceEffect.Moved).length;
      const slotsCancelled = effects.length - slotsMoved;
      const absence = await this.absences.insert(manager, {
        contactId,
        fromDate: dto.from,
        toDate: dto.to,
        reason: dto.reason?.trim() || null,
        deputyContactId: dto.deputyContactId ?? null,
        slotsMoved,
        slotsCancelled,
        createdById: user.id,
        undoableUntil,
        undoneAt: null,
        outboxMessageIds,
      });
      await this.absences.recordEffects(manager, absence.id, effects);
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
        undoableUntil: undoableUntil.toISOString(),
      };
    });
  }

  /** Same time, new contact: each booking's invite changes, so its sequence is raised and it is notified. */
  private async moveToDeputy(
    manager: EntityManager,
    slotId: string,
    previousContactId: string,
    deputy: string,
    delivery: OutboxWriteOptions,
  ): Promise<string[]> {
    await this.slots.setContact(manager, slotId, deputy);
    return (await this.bookings.announceNewContact(manager, slotId, previousContactId, delivery)).outboxIds;
  }
}

/** The one deputy every offered municipality has (and who is not the absent contact), else none. */
export function sharedDeputy(deputies: (string | null)[] | null, absentContactId: string): string | null {
  if (!deputies || deputies.length !== 1 || !deputies[0] || deputies[0] === absentContactId) return null;
  return deputies[0];
}

export const absenceReason = (reason?: string) => (reason?.trim() ? `Fravær: ${reason.trim()}` : 'Fravær');
