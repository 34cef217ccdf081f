import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface FutureSeriesSlot {
  id: string;
  starts_at: Date;
  /** Consultants with an active booking on the slot. */
  booked_by: string[];
  /** Any booking at all, cancelled ones included (history keeps such a slot). */
  has_history: boolean;
}

/** The future slots of one series, for changing its rule. */
@Injectable()
export class SeriesSlotsRepository {
  futureSlots(manager: EntityManager, seriesId: string, now: Date): Promise<FutureSeriesSlot[]> {
    return manager.query(
      `SELECT s.id, s.starts_at,
              coalesce((SELECT array_agg(u.name ORDER BY b.seat) FROM bookings b JOIN users u ON u.id = b.consultant_id
                         WHERE b.slot_id = s.id AND b.status <> 'cancelled'), '{}') AS booked_by,
              EXISTS (SELECT 1 FROM bookings b WHERE b.slot_id = s.id) AS has_history
         FROM slots s
        WHERE s.series_id = $1 AND s.starts_at > $2 AND s.status = 'open'
        ORDER BY s.starts_at FOR UPDATE OF s`,
      [seriesId, now],
    );
  }

  async remove(manager: EntityManager, slotIds: string[]): Promise<void> {
    if (slotIds.length === 0) return;
    await manager.query(`DELETE FROM slots WHERE id = ANY($1::uuid[])`, [slotIds]);
  }

  /** Slots with only cancelled bookings stay as history, closed. */
  async close(manager: EntityManager, slotIds: string[], now: Date, reason: string): Promise<void> {
    if (slotIds.length === 0) return;
    await manager.query(
      `UPDATE slots SET status = 'cancelled', cancelled_at = $2, cancel_reason = $3 WHERE id = ANY($1::uuid[])`,
      [slotIds, now, reason],
    );
  }
}
