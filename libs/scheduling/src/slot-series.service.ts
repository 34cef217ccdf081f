import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { Clock, NotFoundException, ValidationFailedException } from '@app/common';
import { Role } from '@app/organisations';
import { CreateSlotSeriesDto } from './dto/create-slot-series.dto';
import { SlotSeries } from './entities/slot-series.entity';
import { SlotMaterialiser } from './slot-materialiser';
import { seriesRuleFieldError } from './series-rule-errors';
import { SlotOwner } from './slot-owner';
import { SlotSeriesRepository } from './slot-series.repository';
import { SlotsRepository } from './slots.repository';
import { IsoWeekday, validateSeriesRule } from './time';

export interface SlotSeriesView {
  id: string;
  contactId: string;
  kind: SlotSeries['kind'];
  municipalityIds: string[];
  weekday: number;
  startTime: string;
  intervalWeeks: number;
  startsOn: string;
  endsOn: string | null;
  capacity: number;
  videoUrl: string | null;
  includePublicHolidays: boolean;
  endedAt: string | null;
  createdAt: string;
}

export const toSlotSeriesView = (series: SlotSeries): SlotSeriesView => ({
  id: series.id,
  contactId: series.contactId,
  kind: series.kind,
  municipalityIds: series.municipalityIds,
  weekday: series.weekday,
  startTime: series.startTime,
  intervalWeeks: series.intervalWeeks,
  startsOn: series.startsOn,
  endsOn: series.endsOn,
  capacity: series.capacity,
  videoUrl: series.videoUrl,
  includePublicHolidays: series.includePublicHolidays,
  endedAt: series.endedAt?.toISOString() ?? null,
  createdAt: series.createdAt.toISOString(),
});

/** Recurring fixed times: publish (with its slots up to the horizon), list, end. */
@Injectable()
export class SlotSeriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly owner: SlotOwner,
    private readonly materialiser: SlotMaterialiser,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly series: SlotSeriesRepository,
    private readonly slots: SlotsRepository,
  ) {}

  async create(user: AuthUser, dto: CreateSlotSeriesDto): Promise<SlotSeriesView & { slotsCreated: number }> {
    const problems = validateSeriesRule({ ...dto, weekday: dto.weekday as IsoWeekday });
    if (problems.length) throw new ValidationFailedException(problems.map(seriesRuleFieldError));
    const contactId = await this.owner.resolveContact(user, dto.contactId);
    const capacity = await this.owner.assertOffer(
      user,
      contactId,
      dto.kind,
      dto.municipalityIds,
      dto.capacity,
    );
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const series = await manager.save(
        manager.create(SlotSeries, {
          contactId,
          kind: dto.kind,
          municipalityIds: dto.municipalityIds,
          weekday: dto.weekday,
          startTime: dto.startTime,
          intervalWeeks: dto.intervalWeeks,
          startsOn: dto.startsOn,
          endsOn: dto.endsOn ?? null,
          capacity,
          videoUrl: dto.videoUrl ?? null,
          includePublicHolidays: dto.includePublicHolidays ?? false,
        }),
      );
      const slotsCreated = await this.materialiser.materialise(
        manager,
        series,
        now,
        this.materialiser.horizonFrom(now),
        // The contact is there to choose another time: a clash is a 409 naming the slot, nothing is published.
        'refuse',
      );
      const actor = { id: user.id, role: user.role, regionId: user.regionId };
      const subject = { type: 'slot_series', id: series.id };
      await this.audit.record(
        { action: AuditAction.SeriesCreated, actor, subject, details: { slotsCreated } },
        manager,
      );
      return { ...toSlotSeriesView(series), slotsCreated };
    });
  }

  async list(user: AuthUser): Promise<SlotSeriesView[]> {
    const owner = user.role === Role.Contact ? { contactId: user.id } : { regionId: user.regionId };
    return (await this.series.list(owner)).map(toSlotSeriesView);
  }

  /** Ends a series: its future slots without bookings go, booked ones stay. */
  async end(user: AuthUser, id: string): Promise<SlotSeriesView & { slotsRemoved: number }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const series = await manager.findOne(SlotSeries, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!series || !(await this.owner.mayManage(manager, user, series.contactId)))
        throw new NotFoundException('Slot series');
      if (!series.endedAt) await manager.update(SlotSeries, { id }, { endedAt: now });
      const slotsRemoved = await this.slots.deleteUnbookedOfSeries(manager, id, now);
      // Future slots that only have cancelled bookings cannot be deleted (history), so they are closed.
      await this.slots.closeWithoutActiveBookingsOfSeries(manager, id, now);
      const ended = await manager.findOneOrFail(SlotSeries, { where: { id } });
      const actor = { id: user.id, role: user.role, regionId: user.regionId };
      const subject = { type: 'slot_series', id };
      await this.audit.record(
        { action: AuditAction.SeriesEnded, actor, subject, details: { slotsRemoved } },
        manager,
      );
      return { ...toSlotSeriesView(ended), slotsRemoved };
    });
  }
}
