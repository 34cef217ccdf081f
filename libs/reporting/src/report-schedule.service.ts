import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReportTrigger } from './entities/report.entity';
import { copenhagenDate, previousTwoYears } from './period';
import { ReportsRepository, ReportView } from './reports.repository';

/**
 * The two-yearly status report. Each region has a `next_run_at` (first: 1 January 00:00 Danish time of
 * the next even year); the daily check claims a due row with one UPDATE … WHERE next_run_at <= now
 * RETURNING, which moves it two years on in the same statement — so two workers never both claim it.
 */
@Injectable()
export class ReportScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
  ) {}

  /** Claims the due runs at `now` and queues their reports (in one transaction); returns them. */
  async claimDue(now: Date): Promise<ReportView[]> {
    const year = Number(copenhagenDate(now).slice(0, 4));
    const firstRunYear = year % 2 === 0 ? year + 2 : year + 1;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO report_schedules (region_id, next_run_at)
         SELECT id, make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Copenhagen') FROM regions
         ON CONFLICT (region_id) DO NOTHING`,
        [firstRunYear],
      );
      const [claimed]: [{ region_id: string }[], number] = await manager.query(
        `UPDATE report_schedules SET next_run_at = next_run_at + interval '2 years', last_run_at = $1
         WHERE next_run_at <= $1 RETURNING region_id`,
        [now],
      );
      const period = previousTwoYears(now);
      const queued: ReportView[] = [];
      for (const { region_id } of claimed) {
        queued.push(
          await this.reports.upsertQueued(
            { regionId: region_id, ...period, trigger: ReportTrigger.Scheduled, requestedById: null },
            manager,
          ),
        );
      }
      return queued;
    });
  }
}
