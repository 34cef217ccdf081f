import { AuditExportService } from './audit-export.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportFile } from './entities/report-file.entity';
import { ReportSchedule } from './entities/report-schedule.entity';
import { Report } from './entities/report.entity';
import { ReportMailer } from './report-mailer';
import { ReportQueue } from './report-queue';
import { ReportScheduleRepository } from './report-schedule.repository';
import { ReportScheduleService } from './report-schedule.service';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';
import { StatusReportGenerator } from './status-report.generator';
import { UsageStatsRepository } from './usage-stats.repository';
import { UsageStatsService } from './usage-stats.service';

@Module({
  imports: [TypeOrmModule.forFeature([Report, ReportFile, ReportSchedule])],
  providers: [
    UsageStatsRepository,
    UsageStatsService,
    ReportsRepository,
    ReportsService,
    ReportQueue,
    ReportScheduleRepository,
    ReportScheduleService,
    StatusReportGenerator,
    ReportMailer,
    AuditExportService,
  ],
  exports: [
    AuditExportService,
    UsageStatsService,
    ReportsService,
    ReportsRepository,
    ReportQueue,
    ReportScheduleService,
    StatusReportGenerator,
    ReportMailer,
  ],
})
export class ReportingModule {}
