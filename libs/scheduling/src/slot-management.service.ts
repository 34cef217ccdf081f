import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '@app/auth';
import { Clock, DomainException, ErrorCode, NotFoundException, ValidationFailedException } from '@app/common';
import { AppConfig } from '@app/config';
import { assertAnonymousFreeText } from '@app/free-text';
import { BookingWindow } from './booking-window';
import { CancelSlotDto } from './dto/cancel-slot.dto';
import { CreateSlotDto } from './dto/create-slot.dto';
import { SlotCancellation } from './slot-cancellation';
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
    private readonly window: BookingWindow,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly cancellation: SlotCancellation,
  ) {}

  async createOneOff(user: AuthUser, dto: CreateSlotDto): Promise<SlotView> {
    const startsAt = new Date(dto.startsAt);
    const now = this.clock.now();
    if (startsAt <= now)
      throw new ValidationFailedException([
        { field: 'startsAt', message: 'Starttidspunktet skal ligge i fremtiden.' },
      ]);
    const contactId = await this.owner.resolveContact(user, dto.contactId);
    const capacity = await this.owner.assertOffer(
      user,
      contactId,
      dto.kind,
      dto.municipalityIds,
      dto.capacity,
    );
    const id = await this.dataSource.transaction(async (manager) => {
      const slotId = await this.slots.insertOneOff(manager, {
        contactId,
        kind: dto.kind,
        startsAt,
        endsAt: new Date(startsAt.getTime() + this.config.slotDurationMs),
        capacity,
        videoUrl: dto.videoUrl ?? null,
      });
      await this.slots.offer(manager, slotId, dto.municipalityIds, { skipExisting: false });
      return slotId;
    });
    return this.view(id);
  }

  async cancel(user: AuthUser, id: string, dto: CancelSlotDto): Promise<SlotView> {
    // Everyone booked on the slot can read the reason: screened before anything is looked up or changed.
    assertAnonymousFreeText({ field: 'reason', label: 'årsagen til aflysningen', text: dto.reason });
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const slot = await this.slots.lockForChange(manager, id);
      if (!slot || !(await this.owner.mayManage(manager, user, slot.contact_id)))
        throw new NotFoundException('Slot');
      if (slot.status === 'cancelled')
        throw new DomainException(ErrorCode.Conflict, 'The slot is already cancelled');
      if (slot.starts_at <= now)
        throw new DomainException(ErrorCode.Conflict, 'The session has started and cannot be cancelled');
      await this.cancellation.cancel(manager, id, user, dto.reason, now);
    });
    return this.view(id);
  }

  private async view(id: string): Promise<SlotView> {
    const [row] = await this.slots.findByIds([id]);
    return toSlotView(row, (startsAt) => this.window.closesAt(startsAt), this.clock.now());
  }
}
