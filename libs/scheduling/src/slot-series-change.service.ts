import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AuthUser } from '@app/auth';
import { AppConfig } from '@app/config';
import { Clock, DomainException, ErrorCode, NotFoundException, ValidationFailedException } from '@app/common';
import { ChangeSlotSeriesDto } from './dto/change-slot-series.dto';
import { CreateSlotSeriesDto } from './dto/create-slot-series.dto';
import { SlotSeries } from './entities/slot-series.entity';
import { seriesRuleFieldError } from './series-rule-errors';
import { SeriesSlotsRepository } from './series-slots.repository';
import { SlotMaterialiser } from './slot-materialiser';
import { SlotOwner } from './slot-owner';
import { SlotSeriesView, toSlotSeriesView } from './slot-series.service';
import { expandSeries, IsoWeekday, SeriesRule, validateSeriesRule } from './time';
import { previewSeries } from './time/series-preview';

export interface SeriesPreviewDate {
  date: string;
  startsAt: string;
  skipped: { reason: 'public_holiday' | 'closing_day'; name: string } | null;
}

export interface SeriesChange {
  series: SlotSeriesView;
  /** True when nothing was changed: the effect the change would have. */
  dryRun: boolean;
  /** Free future times that go because the new rule has no time then. */
  slotsRemoved: number;
  /** New future times the new rule gives (up to the horizon). */
  slotsCreated: number;
  /** Booked future times the new rule has no place for: they stay, at their time, with their bookings. */
  bookedKept: { slotId: string; startsAt: string; bookedBy: string[] }[];
}

/** Rolls a dry run's transaction back after it has measured the change. */
class DryRun extends Error {
  constructor(readonly result: SeriesChange) {
    super('dry run');
  }
}

/**
 * Previewing a series before publishing it, and changing one (time, interval, end date). A change never
 * moves a booked session: booked times the new rule leaves out stay where they are and are reported,
 * so the contact decides about them; free times are replaced by the new rule's.
 */
@Injectable()
export class SlotSeriesChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly owner: SlotOwner,
    private readonly materialiser: SlotMaterialiser,
    private readonly slots: SeriesSlotsRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The dates the rule gives up to the horizon, with the holidays it skips marked. */
  async preview(user: AuthUser, dto: CreateSlotSeriesDto): Promise<{ dates: SeriesPreviewDate[] }> {
    const rule = this.validRule({ ...dto, weekday: dto.weekday as IsoWeekday });
    await this.owner.resolveContact(user, dto.contactId);
    const now = this.clock.now();
    const dates = previewSeries(
      rule,
      { from: now, to: this.materialiser.horizonFrom(now) },
      this.config.slotDurationMs / 60_000,
      this.config.closingDays,
    );
    return {
      dates: dates.map(({ localDate, startsAt, skipped }) => ({
        date: localDate,
        startsAt: startsAt.toISOString(),
        skipped,
      })),
    };
  }

  async change(user: AuthUser, id: string, dto: ChangeSlotSeriesDto): Promise<SeriesChange> {
    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const series = await manager.findOne(SlotSeries, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!series || !(await this.owner.mayManage(manager, user, series.contactId)))
          throw new NotFoundException('Slot series');
        if (series.endedAt)
          throw new DomainException(ErrorCode.Conflict, 'Serien er afsluttet og kan ikke ændres.');
        const changed = {
          startTime: dto.startTime ?? series.startTime,
          intervalWeeks: dto.intervalWeeks ?? series.intervalWeeks,
          endsOn: dto.endsOn === undefined ? series.endsOn : dto.endsOn,
        };
        const rule = this.validRule({
          weekday: series.weekday as IsoWeekday,
          startsOn: series.startsOn,
          includePublicHolidays: series.includePublicHolidays,
          ...changed,
        });
        const horizon =
          series.materialisedUntil && series.materialisedUntil > now
            ? series.materialisedUntil
            : this.materialiser.horizonFrom(now);
        const wanted = new Set(
          expandSeries(
            { ...rule, closingDays: this.config.closingDays },
            { from: now, to: horizon },
            this.config.slotDurationMs / 60_000,
          ).map((occurrence) => occurrence.startsAt.getTime()),
        );
        const leftOut = (await this.slots.futureSlots(manager, id, now)).filter(
          (slot) => !wanted.has(slot.starts_at.getTime()),
        );
        const booked = leftOut.filter((slot) => slot.booked_by.length > 0);
        const free = leftOut.filter((slot) => slot.booked_by.length === 0);
        await this.slots.remove(
          manager,
          free.filter((slot) => !slot.has_history).map((slot) => slot.id),
        );
        await this.slots.close(
          manager,
          free.filter((slot) => slot.has_history).map((slot) => slot.id),
          now,
          'Serien er ændret',
        );
        await manager.update(SlotSeries, { id }, { ...changed, materialisedUntil: now });
        const updated = await manager.findOneOrFail(SlotSeries, { where: { id } });
        const slotsCreated = await this.materialiser.materialise(manager, updated, now, horizon);
        const result: SeriesChange = {
          series: toSlotSeriesView(await manager.findOneOrFail(SlotSeries, { where: { id } })),
          dryRun: dto.dryRun === true,
          slotsRemoved: free.length,
          slotsCreated,
          bookedKept: booked.map((slot) => ({
            slotId: slot.id,
            startsAt: slot.starts_at.toISOString(),
            bookedBy: slot.booked_by,
          })),
        };
        if (dto.dryRun) throw new DryRun(result);
        await this.audit.record(
          {
            action: AuditAction.SeriesChanged,
            actor: { id: user.id, role: user.role, regionId: user.regionId },
            subject: { type: 'slot_series', id },
            details: { slotsRemoved: free.length, slotsCreated, bookedKept: booked.length },
          },
          manager,
        );
        return result;
      });
    } catch (caught) {
      if (caught instanceof DryRun) return caught.result;
      throw caught;
    }
  }

  private validRule(rule: SeriesRule): SeriesRule {
    const problems = validateSeriesRule(rule);
    if (problems.length === 0) return rule;
    throw new ValidationFailedException(problems.map(seriesRuleFieldError));
  }
}
