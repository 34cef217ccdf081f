import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { Clock } from '@app/common';
import { ReportFormat } from './entities/report-file.entity';
import { TOPIC_LABELS } from './labels';
import { copenhagenDate } from './period';
import { ReportsRepository, ReportView } from './reports.repository';
import { suppressSmallCells } from './small-cell-suppression';
import { renderStatusReportPdf } from './status-report.pdf';
import { ExportTable, toCsv, toXlsx } from './usage-export';
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
      const [clusters, municipalities, topics, quarters, [totals]] = await Promise.all([
        this.stats.usage(regionId, from, to, StatsGroupBy.Cluster),
        this.stats.usage(regionId, from, to, StatsGroupBy.Municipality),
        this.stats.usage(regionId, from, to, StatsGroupBy.Topic),
        this.stats.usage(regionId, from, to, 'quarter'),
        this.stats.usage(regionId, from, to, 'total'),
      ]);
      const topicRows = topics
        .map((row) => ({ ...row, label: TOPIC_LABELS[row.key] ?? row.key }))
        .sort((a, b) => a.label.localeCompare(b.label, 'da'));
      const tables = {
        clusters: suppressSmallCells(clusters, totals),
        municipalities: suppressSmallCells(municipalities, totals),
        topics: suppressSmallCells(topicRows, {
          ...totals,
          slotsOffered: null,
          utilisation: null,
          sessionsPer1000Children: null,
        }),
        quarters: suppressSmallCells(quarters, totals),
      };
      const exportTables: ExportTable[] = [
        { title: 'Klynger', ...tables.clusters },
        { title: 'Kommuner', ...tables.municipalities },
        { title: 'Emner', ...tables.topics },
        { title: 'Kvartaler', ...tables.quarters },
      ];
      const pdf = await renderStatusReportPdf({
        regionName: report.regionName,
        from,
        to,
        producedOn: copenhagenDate(this.clock.now()),
        // the summary shows the totals as suppressed with the municipality table (the strictest)
        totals: tables.municipalities.totals,
        ...tables,
      });
      const files = {
        [ReportFormat.Pdf]: pdf,
        [ReportFormat.Csv]: toCsv(exportTables),
        [ReportFormat.Xlsx]: await toXlsx(exportTables),
      };
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
