import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { returnedRows, updatedRows } from '@app/database';
import { CaseSummary, CaseSummaryPurgeReason } from './entities/case-summary.entity';

/** Plain data access for case summaries; no rules. */
@Injectable()
export class CaseSummaryRepository {
  find(manager: EntityManager, bookingId: string): Promise<CaseSummary | null> {
    return manager.findOne(CaseSummary, { where: { bookingId } });
  }

  async save(manager: EntityManager, summary: CaseSummary): Promise<void> {
    await manager.upsert(CaseSummary, summary, ['bookingId']);
  }

  async remove(manager: EntityManager, bookingId: string): Promise<boolean> {
    const deleted = updatedRows(
      await manager.query(`DELETE FROM case_summaries WHERE booking_id = $1`, [bookingId]),
    );
    return deleted > 0;
  }

  /** Empties one summary's content, keeping the statistics metadata. */
  async purge(
    manager: EntityManager,
    bookingId: string,
    reason: CaseSummaryPurgeReason,
    now: Date,
  ): Promise<void> {
    await manager.query(
      `UPDATE case_summaries
          SET text_encrypted = NULL, screenings_encrypted = NULL, file_name_encrypted = NULL,
              file_encrypted = NULL, key_id = NULL, purged_at = $3, purge_reason = $2::case_summary_purge_reason
        WHERE booking_id = $1 AND purged_at IS NULL`,
      [bookingId, reason, now],
    );
  }

  /**
   * Empties the content of summaries whose session ended before `endedBefore` (or whose booking the
   * municipality cancelled — normally purged at once by the cancel trigger), keeping the statistics
   * metadata; returns the purged booking ids with their region. A summary of a booking BUP cancelled
   * is kept for a new booking until its session's retention time ends like any other.
   */
  async purgeDue(
    manager: EntityManager,
    endedBefore: Date,
    now: Date,
  ): Promise<{ booking_id: string; region_id: string; reason: CaseSummaryPurgeReason }[]> {
    return returnedRows<{ booking_id: string; region_id: string; reason: CaseSummaryPurgeReason }>(
      await manager.query(
        `UPDATE case_summaries c
            SET text_encrypted = NULL, screenings_encrypted = NULL, file_name_encrypted = NULL,
                file_encrypted = NULL, key_id = NULL, purged_at = $2,
                purge_reason = CASE WHEN b.status = 'cancelled' AND x.role = 'consultant' THEN 'booking_cancelled'
                                ELSE 'retention' END::case_summary_purge_reason
           FROM bookings b JOIN slots s ON s.id = b.slot_id JOIN municipalities m ON m.id = b.municipality_id
                LEFT JOIN users x ON x.id = b.cancelled_by_id
          WHERE c.booking_id = b.id AND c.purged_at IS NULL
            AND (s.ends_at < $1 OR (b.status = 'cancelled' AND x.role = 'consultant'))
        RETURNING c.booking_id, m.region_id, c.purge_reason AS reason`,
        [endedBefore, now],
      ),
    );
  }
}
