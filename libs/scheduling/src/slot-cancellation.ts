import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { OutboxKind, OutboxWriteOptions, OutboxWriter } from '@app/jobs';

/** What cancelling one slot did: the bookings it cancelled and the messages that will tell them. */
export interface SlotCancelled {
  bookingIds: string[];
  outboxIds: string[];
}

/**
 * Cancels a slot and every booking on it, inside the caller's transaction: the bookings' invite
 * sequence is raised, the participants are notified through the outbox, and all of it is audited.
 */
@Injectable()
export class SlotCancellation {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly audit: AuditService,
  ) {}

  async cancel(
    manager: EntityManager,
    slotId: string,
    actor: AuthUser,
    reason: string,
    now: Date,
    delivery: OutboxWriteOptions = {},
  ): Promise<SlotCancelled> {
    await manager.query(
      `UPDATE slots SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3 WHERE id = $1`,
      [slotId, now, reason],
    );
    const [cancelled]: [{ id: string; ics_sequence: number }[], number] = await manager.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancelled_by_id = $3, cancel_reason = $4,
              ics_sequence = ics_sequence + 1, updated_at = now()
       WHERE slot_id = $1 AND status = 'booked' RETURNING id, ics_sequence`,
      [slotId, now, actor.id, reason],
    );
    const who = { id: actor.id, role: actor.role, regionId: actor.regionId };
    const details = { bookingsCancelled: cancelled.length };
    await this.audit.record(
      { action: AuditAction.SlotCancelled, actor: who, subject: { type: 'slot', id: slotId }, details },
      manager,
    );
    const outboxIds: string[] = [];
    for (const booking of cancelled) {
      const payload = { bookingId: booking.id, icsSequence: booking.ics_sequence, cancelledById: actor.id };
      outboxIds.push(await this.outbox.write(manager, OutboxKind.BookingCancelled, payload, delivery));
      const cause = { cause: 'slot_cancelled' };
      await this.audit.record(
        { action: AuditAction.BookingCancelled, actor: who, bookingId: booking.id, details: cause },
        manager,
      );
    }
    return { bookingIds: cancelled.map((booking) => booking.id), outboxIds };
  }
}
