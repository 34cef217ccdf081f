import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { OutboxWriteOptions } from '@app/jobs';
import { SlotBookings, SlotBookingsChange } from './slot-bookings';
import { SlotsRepository } from './slots.repository';

/**
 * Cancels a slot and every booking on it, inside the caller's transaction. The bookings are
 * cancelled by their owner (libs/booking, through the SlotBookings port), which raises their invite
 * sequence, notifies the participants through the outbox and audits each; the slot's own line is audited here.
 */
@Injectable()
export class SlotCancellation {
  constructor(
    private readonly slots: SlotsRepository,
    private readonly bookings: SlotBookings,
    private readonly audit: AuditService,
  ) {}

  async cancel(
    manager: EntityManager,
    slotId: string,
    actor: AuthUser,
    reason: string,
    now: Date,
    delivery: OutboxWriteOptions = {},
  ): Promise<SlotBookingsChange> {
    await this.slots.markCancelled(manager, slotId, reason, now);
    const cancelled = await this.bookings.cancelAllOfSlot(manager, slotId, actor, reason, now, delivery);
    const who = { id: actor.id, role: actor.role, regionId: actor.regionId };
    await this.audit.record(
      {
        action: AuditAction.SlotCancelled,
        actor: who,
        subject: { type: 'slot', id: slotId },
        details: { bookingsCancelled: cancelled.bookingIds.length },
      },
      manager,
    );
    return cancelled;
  }
}
