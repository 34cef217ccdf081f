import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeysetPosition } from '@app/common';
import { SlotRow } from './slot.view';

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
}
