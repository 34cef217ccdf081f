import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { SlotSeries } from './entities/slot-series.entity';
import { SlotSeriesRepository } from './slot-series.repository';
import { OccurrenceClash, SlotsRepository } from './slots.repository';
import { expandSeries, IsoWeekday } from './time';

/**
 * Turns a series into slot rows up to a horizon. Idempotent: the unique (series, start) index makes
 * a repeated or overlapping run insert nothing twice.
 */
@Injectable()
export class SlotMaterialiser {
  constructor(
    private readonly config: AppConfig,
    private readonly series: SlotSeriesRepository,
    private readonly slots: SlotsRepository,
  ) {}

  horizonFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.slotHorizonWeeks * 7 * 24 * 3600_000);
  }

  /** Creates the series' missing slots between `now` and `until`; returns how many were created. */
  async materialise(
    manager: EntityManager,
    series: SlotSeries,
    now: Date,
    until: Date,
    clash: OccurrenceClash = 'skip',
  ): Promise<number> {
    const from = series.materialisedUntil && series.materialisedUntil > now ? series.materialisedUntil : now;
    if (series.endedAt || from >= until) return 0;
    const occurrences = expandSeries(
      {
        weekday: series.weekday as IsoWeekday,
        startTime: series.startTime,
        intervalWeeks: series.intervalWeeks,
        startsOn: series.startsOn,
        endsOn: series.endsOn,
        includePublicHolidays: series.includePublicHolidays,
        closingDays: this.config.closingDays,
      },
      { from, to: until },
      this.config.slotDurationMs / 60_000,
    );
    // Extension runs long after publishing: offer only to municipalities the contact still serves
    // (primary or deputy), so a reassignment by the admin stops new times for the old municipality.
    const offeredTo = await this.series.servedBy(manager, series.municipalityIds, series.contactId);
    let created = 0;
    for (const occurrence of offeredTo.length === 0 ? [] : occurrences) {
      // Nothing inserted: the occurrence exists already or (when skipping) clashes with another slot.
      const slotId = await this.slots.insertSeriesOccurrence(
        manager,
        series.id,
        {
          contactId: series.contactId,
          kind: series.kind,
          startsAt: occurrence.startsAt,
          endsAt: occurrence.endsAt,
          capacity: series.capacity,
          videoUrl: series.videoUrl,
        },
        clash,
      );
      if (slotId === null) continue;
      await this.slots.offer(manager, slotId, offeredTo, { skipExisting: true });
      created += 1;
    }
    await manager.update(SlotSeries, { id: series.id }, { materialisedUntil: until });
    return created;
  }
}
