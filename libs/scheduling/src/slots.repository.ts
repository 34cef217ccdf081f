import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeysetPosition } from '@app/common';
import { returnedRows } from '@app/database';
import { SlotRow } from './slot.view';

/**
 * What to do with an occurrence that overlaps another live slot of the contact (the database's
 * `ex_slots_contact_no_overlap` rule): `refuse` lets the exclusion error end the transaction — the
 * API answers 409 naming the clashing slot, used when a contact publishes a series; `skip` leaves
 * that one occurrence out and goes on — the nightly extension must never fail a whole series (or
 * job) over one time the contact has since filled with something else.
 */
export type OccurrenceClash = 'refuse' | 'skip';

export interface SlotQuery {
  from: Date;
  to: Date;
  /** Only slots offered to this municipality. */
  offeredTo?: string;
  /** Only this contact's slots. */
  contactId?: string;
  /** Only slots of contacts in this region. */
  regionId?: string;
  /** Only open slots with a free place that start after this instant (the closing time). */
  bookableAfter?: Date;
  /** Keyset: only slots after this (starts_at, id), in that order. */
  after?: KeysetPosition;
  limit: number;
}

const SLOT_COLUMNS = `
  s.id, s.series_id, s.kind, s.starts_at, s.ends_at, s.capacity, s.status, s.video_url,
  s.contact_id, u.name AS contact_name,
  (SELECT array_agg(o.municipality_id ORDER BY o.municipality_id) FROM slot_offers o WHERE o.slot_id = s.id) AS municipality_ids,
  (SELECT count(*) FROM bookings b WHERE b.slot_id = s.id AND b.status <> 'cancelled') AS booked_count`;

/** Plain data access for slots; one query per list, counts and offers computed in SQL. */
@Injectable()
export class SlotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: SlotQuery): Promise<SlotRow[]> {
    const params: unknown[] = [query.from, query.to];
    const param = (value: unknown) => `$${params.push(value)}`;
    // A municipality's slots are read through its offers, in the order of the index
    // (municipality_id, starts_at, slot_id): a page reads about a page of rows, however many slots the
    // other municipalities have. Other callers walk the slots themselves.
    const byOffer = Boolean(query.offeredTo);
    const startsAt = byOffer ? 'o.starts_at' : 's.starts_at';
    const id = byOffer ? 'o.slot_id' : 's.id';
    const where = [`${startsAt} >= $1`, `${startsAt} < $2`];
    if (query.offeredTo) where.push(`o.municipality_id = ${param(query.offeredTo)}`);
    if (query.contactId) where.push(`s.contact_id = ${param(query.contactId)}`);
    if (query.regionId) where.push(`u.region_id = ${param(query.regionId)}`);
    if (query.bookableAfter) {
      where.push(`s.status = 'open'`, `${startsAt} > ${param(query.bookableAfter)}`);
      if (byOffer) where.push(`o.slot_status = 'open'`);
      where.push(
        `(SELECT count(*) FROM bookings b WHERE b.slot_id = s.id AND b.status <> 'cancelled') < s.capacity`,
      );
    }
    if (query.after) {
      where.push(`(${startsAt}, ${id}) > (${param(query.after.at)}, ${param(query.after.id)}::uuid)`);
    }
    const from = byOffer
      ? 'slot_offers o JOIN slots s ON s.id = o.slot_id JOIN users u ON u.id = s.contact_id'
      : 'slots s JOIN users u ON u.id = s.contact_id';
    return this.dataSource.query(
      `SELECT ${SLOT_COLUMNS} FROM ${from}
       WHERE ${where.join(' AND ')} ORDER BY ${startsAt}, ${id} LIMIT ${param(query.limit)}`,
      params,
    );
  }

  async findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<SlotRow[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT ${SLOT_COLUMNS} FROM slots s JOIN users u ON u.id = s.contact_id WHERE s.id = ANY($1)`,
      [ids],
    );
  }

  /** Whether the slot is offered to the municipality. */
  async isOfferedTo(manager: EntityManager, slotId: string, municipalityId: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM slot_offers WHERE slot_id = $1 AND municipality_id = $2`,
      [slotId, municipalityId],
    );
    return rows.length > 0;
  }

  /** Inserts a one-off slot; returns its id. */
  async insertOneOff(manager: EntityManager, slot: NewSlot): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity, video_url) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [slot.contactId, slot.kind, slot.startsAt, slot.endsAt, slot.capacity, slot.videoUrl],
    );
    return row.id;
  }

  /** Inserts one occurrence of a series; null when the series already has a slot at that start. */
  /**
   * Inserts one occurrence of a series unless it exists already; with `clash: 'skip'` also unless it
   * overlaps another slot of the contact (the exclusion constraint), else that overlap is an error.
   */
  async insertSeriesOccurrence(
    manager: EntityManager,
    seriesId: string,
    slot: NewSlot,
    clash: OccurrenceClash = 'skip',
  ): Promise<string | null> {
    const conflict =
      clash === 'skip' ? 'ON CONFLICT DO NOTHING' : 'ON CONFLICT (series_id, starts_at) DO NOTHING';
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO slots (series_id, contact_id, kind, starts_at, ends_at, capacity, video_url)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ${conflict} RETURNING id`,
      [seriesId, slot.contactId, slot.kind, slot.startsAt, slot.endsAt, slot.capacity, slot.videoUrl],
    );
    return inserted[0]?.id ?? null;
  }

  /** Offers a new slot to the municipalities (`skipExisting`: an offer already there is left alone). */
  async offer(
    manager: EntityManager,
    slotId: string,
    municipalityIds: string[],
    { skipExisting }: { skipExisting: boolean },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO slot_offers (slot_id, municipality_id) SELECT $1, unnest($2::uuid[])${skipExisting ? ' ON CONFLICT DO NOTHING' : ''}`,
      [slotId, municipalityIds],
    );
  }

  /** Locks the slot for the rest of the transaction and reads what cancelling it depends on. */
  async lockForChange(
    manager: EntityManager,
    id: string,
  ): Promise<{ contact_id: string; status: string; starts_at: Date } | null> {
    const [slot]: { contact_id: string; status: string; starts_at: Date }[] = await manager.query(
      `SELECT contact_id, status, starts_at FROM slots WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return slot ?? null;
  }

  async markCancelled(manager: EntityManager, id: string, reason: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE slots SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3 WHERE id = $1`,
      [id, now, reason],
    );
  }

  async setContact(manager: EntityManager, id: string, contactId: string): Promise<void> {
    await manager.query(`UPDATE slots SET contact_id = $2 WHERE id = $1`, [id, contactId]);
  }

  /**
   * The contact's open slots starting in [from, to) and after `now`, locked, soonest first, each with
   * the distinct deputies of the municipalities it is offered to (null where one has none).
   */
  lockOpenOfContact(
    manager: EntityManager,
    contactId: string,
    period: { from: Date; to: Date; after: Date },
  ): Promise<{ id: string; deputies: (string | null)[] }[]> {
    return manager.query(
      `SELECT s.id,
              (SELECT array_agg(DISTINCT m.deputy_contact_id) FROM slot_offers o
                 JOIN municipalities m ON m.id = o.municipality_id WHERE o.slot_id = s.id) AS deputies
       FROM slots s
       WHERE s.contact_id = $1 AND s.status = 'open' AND s.starts_at >= $2 AND s.starts_at < $3 AND s.starts_at > $4
       ORDER BY s.starts_at FOR UPDATE OF s`,
      [contactId, period.from, period.to, period.after],
    );
  }

  /** Deletes the series' slots starting after `now` that never had a booking; returns how many. */
  async deleteUnbookedOfSeries(manager: EntityManager, seriesId: string, now: Date): Promise<number> {
    const result: unknown = await manager.query(
      `DELETE FROM slots s WHERE s.series_id = $1 AND s.starts_at > $2
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id) RETURNING s.id`,
      [seriesId, now],
    );
    return returnedRows(result).length;
  }

  /** Closes the series' open slots starting after `now` that have only cancelled bookings. */
  async closeWithoutActiveBookingsOfSeries(
    manager: EntityManager,
    seriesId: string,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE slots s SET status = 'cancelled', cancelled_at = $2, cancel_reason = 'Serien er afsluttet'
       WHERE s.series_id = $1 AND s.starts_at > $2 AND s.status = 'open'
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id AND b.status <> 'cancelled')`,
      [seriesId, now],
    );
  }
}

/** A slot to insert. */
export interface NewSlot {
  contactId: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  videoUrl: string | null;
}
