import { Injectable, Logger } from '@nestjs/common';
import { AuditAction, AuditService } from '@app/audit';
import type { AuthUser } from '@app/auth';
import { Clock, NotFoundException } from '@app/common';
import { CreateStatusReportDto } from './dto/create-status-report.dto';
import { ReportFormat } from './entities/report-file.entity';
import { ReportTrigger } from './entities/report.entity';
import { checkPeriod, copenhagenDate, previousTwoYears } from './period';
import { ReportQueue } from './report-queue';
import { ReportsRepository, ReportView } from './reports.repository';
import { XLSX_TYPE } from './usage-stats.service';

export interface ReportResponse {
  id: string;
  status: ReportView['status'];
  trigger: ReportView['trigger'];
  from: string;
  to: string;
  createdAt: Date;
  finishedAt: Date | null;
}

export const toReportResponse = (report: ReportView): ReportResponse => ({
  id: report.id,
  status: report.status,
  trigger: report.trigger,
  from: report.from,
  to: report.to,
  createdAt: report.createdAt,
  finishedAt: report.finishedAt,
});

const CONTENT_TYPES: Record<ReportFormat, string> = {
  [ReportFormat.Pdf]: 'application/pdf',
  [ReportFormat.Csv]: 'text/csv; charset=utf-8',
  [ReportFormat.Xlsx]: XLSX_TYPE,
};

/** Status reports on demand, listed and downloaded, always within the admin's own region. */
@Injectable()
export class ReportsService {
  private readonly logger = new Logger(ReportsService.name);

  constructor(
    private readonly reports: ReportsRepository,
    private readonly queue: ReportQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async request(
    user: AuthUser,
    dto: CreateStatusReportDto,
  ): Promise<{ id: string; status: ReportView['status'] }> {
    const fallback = previousTwoYears(this.clock.now());
    const period = checkPeriod(
      dto.from ?? fallback.from,
      dto.to ?? fallback.to,
      copenhagenDate(this.clock.now()),
    );
    const report = await this.reports.upsertQueued({
      regionId: user.regionId,
      ...period,
      trigger: ReportTrigger.Manual,
      requestedById: user.id,
    });
    if (report.status === 'queued') {
      try {
        await this.queue.enqueueReport(report);
      } catch (error) {
        // Stays queued; the daily schedule check enqueues queued reports again.
        this.logger.warn(
          { err: error, reportId: report.id },
          'Report queued in PostgreSQL only (Redis unavailable)',
        );
      }
    }
    return { id: report.id, status: report.status };
  }

  async list(user: AuthUser): Promise<ReportResponse[]> {
    return (await this.reports.list(user.regionId)).map(toReportResponse);
  }

  async get(user: AuthUser, id: string): Promise<ReportResponse> {
    const report = await this.reports.get(user.regionId, id);
    if (!report) throw new NotFoundException('Report');
    return toReportResponse(report);
  }

  async file(user: AuthUser, id: string, format: ReportFormat = ReportFormat.Pdf) {
    const report = await this.reports.get(user.regionId, id);
    const content = report && (await this.reports.file(user.regionId, id, format));
    if (!report || !content) throw new NotFoundException('Report file');
    await this.audit.record({
      action: AuditAction.ExportProduced,
      actor: user,
      subject: { type: 'report', id },
      details: { kind: 'status-report', format, from: report.from, to: report.to },
    });
    return {
      contentType: CONTENT_TYPES[format],
      fileName: `statusrapport-${report.from}-${report.to}.${format}`,
      content,
    };
  }
}
