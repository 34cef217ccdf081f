import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock } from '@app/common';
import { copenhagenDate } from './period';
import { ReportsRepository, ReportView } from './reports.repository';
import { renderStatusReportFiles } from './status-report.files';
import { UsageStatsRepository } from './usage-stats.repository';
import { StatsGroupBy } from './usage-stats.types';

/**
 * Produces a status report: five grouped aggregations in SQL (clusters, municipalities, topics,
 * quarters, totals), small cells suppressed, then the PDF, CSV and XLSX stored in PostgreSQL.
 */
@Injectable()
export class StatusReportGenerator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
    private readonly stats: UsageStatsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async generate(reportId: string): Promise<ReportView> {
    const report = await this.reports.start(reportId, this.clock.now());
    if (!report) throw new UnrecoverableError(`Report ${reportId} does not exist`);
    try {
      const { regionId, from, to } = report;
      // One statement at a time: each is parallel inside PostgreSQL already.
      const clusters = await this.stats.usage(regionId, from, to, StatsGroupBy.Cluster);
      const municipalities = await this.stats.usage(regionId, from, to, StatsGroupBy.Municipality);
      const topics = await this.stats.usage(regionId, from, to, StatsGroupBy.Topic);
      const quarters = await this.stats.usage(regionId, from, to, 'quarter');
      const files = await renderStatusReportFiles({
        regionName: report.regionName,
        from,
        to,
        producedOn: copenhagenDate(this.clock.now()),
        clusters: clusters.rows,
        municipalities: municipalities.rows,
        topics: topics.rows,
        quarters: quarters.rows,
        totals: municipalities.totals,
      });
      const finishedAt = this.clock.now();
      await this.dataSource.transaction(async (manager) => {
        await this.reports.saveFiles(manager, report.id, files, finishedAt);
        await this.audit.record(
          {
            action: AuditAction.ReportProduced,
            regionId,
            subject: { type: 'report', id: report.id },
            details: { from, to, trigger: report.trigger },
          },
          manager,
        );
      });
      return { ...report, status: 'done' as ReportView['status'], finishedAt };
    } catch (error) {
      await this.reports.fail(report.id, error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
}
