import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { returnedRows } from '@app/database';

/** The report_schedules table: one row per region with its next two-yearly run. */
@Injectable()
export class ReportScheduleRepository {
  /** Gives every region without a schedule its first run: 1 January 00:00 Danish time of `firstRunYear`. */
  async ensureEveryRegion(manager: EntityManager, firstRunYear: number): Promise<void> {
    await manager.query(
      `INSERT INTO report_schedules (region_id, next_run_at)
       SELECT id, make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Copenhagen') FROM regions
       ON CONFLICT (region_id) DO NOTHING`,
      [firstRunYear],
    );
  }

  /**
   * Claims the runs due at `now` by moving them two years on in the same statement (so two workers
   * never both claim one); returns the claimed regions.
   */
  async claimDue(manager: EntityManager, now: Date): Promise<string[]> {
    const claimed = returnedRows<{ region_id: string }>(
      await manager.query(
        `UPDATE report_schedules SET next_run_at = next_run_at + interval '2 years', last_run_at = $1
         WHERE next_run_at <= $1 RETURNING region_id`,
        [now],
      ),
    );
    return claimed.map((row) => row.region_id);
  }
}
