import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode, NotFoundException, ValidationFailedException } from '@app/common';
import { AppConfig } from '@app/config';
import { OutboxKind, OutboxWriter } from '@app/jobs';
import { BookingWindow } from './booking-window';
import { CancelSlotDto } from './dto/cancel-slot.dto';
import { CreateSlotDto } from './dto/create-slot.dto';
import { SlotOwner } from './slot-owner';
import { SlotView, toSlotView } from './slot.view';
import { SlotsRepository } from './slots.repository';

/** One-off slots and cancelling a single slot (with its bookings, everyone notified through the outbox). */
@Injectable()
export class SlotManagementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly owner: SlotOwner,
    private readonly slots: SlotsRepository,
    private readonly outbox: OutboxWriter,
    private readonly window: BookingWindow,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async createOneOff(user: AuthUser, dto: CreateSlotDto): Promise<SlotView> {
    const startsAt = new Date(dto.startsAt);
    const now = this.clock.now();
    if (startsAt <= now)
      throw new ValidationFailedException([{ field: 'startsAt', message: 'startsAt must be in the future' }]);
    const contactId = await this.owner.resolveContact(user, dto.contactId);
    const capacity = await this.owner.assertOffer(user, dto.kind, dto.municipalityIds, dto.capacity);
    const id = await this.dataSource.transaction(async (manager) => {
      const [slot]: { id: string }[] = await manager.query(
        `INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity, video_url) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          contactId,
          dto.kind,
          startsAt,
          new Date(startsAt.getTime() + this.config.slotDurationMs),
          capacity,
          dto.videoUrl ?? null,
        ],
      );
      await manager.query(
        `INSERT INTO slot_offers (slot_id, municipality_id) SELECT $1, unnest($2::uuid[])`,
        [slot.id, dto.municipalityIds],
      );
      return slot.id;
    });
    return this.view(id);
  }

  async cancel(user: AuthUser, id: string, dto: CancelSlotDto): Promise<SlotView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const [slot]: { contact_id: string; status: string; starts_at: Date }[] = await manager.query(
        `SELECT contact_id, status, starts_at FROM slots WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!slot || !(await this.owner.mayManage(manager, user, slot.contact_id)))
        throw new NotFoundException('Slot');
      if (slot.status === 'cancelled')
        throw new DomainException(ErrorCode.Conflict, 'The slot is already cancelled');
      if (slot.starts_at <= now)
        throw new DomainException(ErrorCode.Conflict, 'The session has started and cannot be cancelled');
      await manager.query(
        `UPDATE slots SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3 WHERE id = $1`,
        [id, now, dto.reason],
      );
      const [cancelled]: [{ id: string; ics_sequence: number }[], number] = await manager.query(
        `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancelled_by_id = $3, cancel_reason = $4,
                ics_sequence = ics_sequence + 1, updated_at = now()
         WHERE slot_id = $1 AND status = 'booked' RETURNING id, ics_sequence`,
        [id, now, user.id, dto.reason],
      );
      const actor = { id: user.id, role: user.role, regionId: user.regionId };
      const cause = { bookingsCancelled: cancelled.length };
      await this.audit.record(
        { action: AuditAction.SlotCancelled, actor, subject: { type: 'slot', id }, details: cause },
        manager,
      );
      for (const booking of cancelled) {
        await this.outbox.write(manager, OutboxKind.BookingCancelled, {
          bookingId: booking.id,
          icsSequence: booking.ics_sequence,
          cancelledById: user.id,
        });
        const details = { cause: 'slot_cancelled' };
        await this.audit.record(
          { action: AuditAction.BookingCancelled, actor, bookingId: booking.id, details },
          manager,
        );
      }
    });
    return this.view(id);
  }

  private async view(id: string): Promise<SlotView> {
    const [row] = await this.slots.findByIds([id]);
    return toSlotView(row, (startsAt) => this.window.closesAt(startsAt), this.clock.now());
  }
}
