import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReportTrigger } from './entities/report.entity';
import { copenhagenDate, previousTwoYears } from './period';
import { ReportScheduleRepository } from './report-schedule.repository';
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
    private readonly schedules: ReportScheduleRepository,
  ) {}

  /** Claims the due runs at `now` and queues their reports (in one transaction); returns them. */
  async claimDue(now: Date): Promise<ReportView[]> {
    const year = Number(copenhagenDate(now).slice(0, 4));
    const firstRunYear = year % 2 === 0 ? year + 2 : year + 1;
    return this.dataSource.transaction(async (manager) => {
      await this.schedules.ensureEveryRegion(manager, firstRunYear);
      const claimed = await this.schedules.claimDue(manager, now);
      const period = previousTwoYears(now);
      const queued: ReportView[] = [];
      for (const regionId of claimed) {
        queued.push(
          await this.reports.upsertQueued(
            { regionId, ...period, trigger: ReportTrigger.Scheduled, requestedById: null },
            manager,
          ),
        );
      }
      return queued;
    });
  }
}
