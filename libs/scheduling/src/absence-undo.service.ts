import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode, NotFoundException } from '@app/common';
import { AbsencesRepository } from './absences.repository';
import { AbsenceEffect, AbsenceSlot } from './entities/absence-slot.entity';
import { SlotBookings } from './slot-bookings';
import { SlotOwner } from './slot-owner';

export interface AbsenceUndone {
  id: string;
  slotsRestored: number;
}

/**
 * Provided by BookingModule, which supplies the SlotBookings port (bookings have one owner).
 *
 * Undoes an absence while nobody has heard of it: its messages are held for the undo window, and as
 * long as none of them has been relayed, deleting them and putting the slots back leaves no trace
 * outside the portal. Once one has gone out, undoing would contradict a mail: 409.
 */
@Injectable()
export class AbsenceUndoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly absences: AbsencesRepository,
    private readonly owner: SlotOwner,
    private readonly bookings: SlotBookings,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async undo(user: AuthUser, id: string): Promise<AbsenceUndone> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const absence = await this.absences.lockAbsence(manager, id);
      if (!absence || !(await this.owner.mayManage(manager, user, absence.contactId)))
        throw new NotFoundException('Absence');
      if (absence.undoneAt) throw new DomainException(ErrorCode.Conflict, 'Fraværet er allerede fortrudt.');
      // The relay locks the rows it sends (SKIP LOCKED), so a row it is sending right now is waited
      // for and then counts as sent.
      const deleted = await this.absences.deleteUnrelayed(manager, absence.outboxMessageIds);
      const tooLate = !absence.undoableUntil || deleted < absence.outboxMessageIds.length;
      if (tooLate) {
        throw new DomainException(
          ErrorCode.Conflict,
          'Fraværet kan ikke længere fortrydes: de berørte har allerede fået besked. Opret tiderne igen, eller kontakt dem.',
        );
      }
      let slotsRestored = 0;
      for (const effect of await this.absences.effects(manager, id)) {
        slotsRestored +=
          effect.effect === AbsenceEffect.Moved
            ? await this.absences.moveBack(manager, effect)
            : await this.reopen(manager, effect);
      }
      await this.absences.markUndone(manager, id, now);
      await this.audit.record(
        {
          action: AuditAction.AbsenceUndone,
          actor: { id: user.id, role: user.role, regionId: user.regionId },
          subject: { type: 'absence', id },
          details: { slotsRestored },
        },
        manager,
      );
      return { id, slotsRestored };
    });
  }

  /** A cancelled slot opens again with the bookings the absence cancelled on it (their owner reopens them). */
  private async reopen(manager: EntityManager, effect: AbsenceSlot): Promise<number> {
    const reopened = await this.absences.reopenSlot(manager, effect.slotId);
    if (reopened) await this.bookings.reopenCancelled(manager, effect.slotId, effect.cancelledBookingIds);
    return reopened;
  }
}
