import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { SlotSeries } from './entities/slot-series.entity';
import { expandSeries, IsoWeekday } from './time';

/**
 * What to do with an occurrence that overlaps another live slot of the contact (the database's
 * `ex_slots_contact_no_overlap` rule): `refuse` lets the exclusion error end the transaction — the
 * API answers 409 naming the clashing slot, used when a contact publishes a series; `skip` leaves
 * that one occurrence out and goes on — the nightly extension must never fail a whole series (or
 * job) over one time the contact has since filled with something else.
 */
export type OccurrenceClash = 'refuse' | 'skip';

/**
 * Turns a series into slot rows up to a horizon. Idempotent: the unique (series, start) index makes
 * a repeated or overlapping run insert nothing twice.
 */
@Injectable()
export class SlotMaterialiser {
  constructor(private readonly config: AppConfig) {}

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
    const served: { id: string }[] = await manager.query(
      `SELECT id FROM municipalities WHERE id = ANY($1::uuid[]) AND (contact_id = $2 OR deputy_contact_id = $2)`,
      [series.municipalityIds, series.contactId],
    );
    const offeredTo = served.map((row) => row.id);
    let created = 0;
    for (const occurrence of offeredTo.length === 0 ? [] : occurrences) {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO slots (series_id, contact_id, kind, starts_at, ends_at, capacity, video_url)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ${clash === 'skip' ? 'ON CONFLICT DO NOTHING' : 'ON CONFLICT (series_id, starts_at) DO NOTHING'} RETURNING id`,
        [
          series.id,
          series.contactId,
          series.kind,
          occurrence.startsAt,
          occurrence.endsAt,
          series.capacity,
          series.videoUrl,
        ],
      );
      // Nothing inserted: the occurrence exists already or (when skipping) clashes with another slot.
      if (inserted.length === 0) continue;
      await manager.query(
        `INSERT INTO slot_offers (slot_id, municipality_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [inserted[0].id, offeredTo],
      );
      created += 1;
    }
    await manager.update(SlotSeries, { id: series.id }, { materialisedUntil: until });
    return created;
  }
}
