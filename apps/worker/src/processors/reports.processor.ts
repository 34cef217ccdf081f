import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { Clock } from '@app/common';
import { JobName, QueueJobs, QueueName } from '@app/jobs';
import {
  GenerateStatusReportData,
  ReportMailer,
  ReportQueue,
  ReportScheduleService,
  ReportsRepository,
  SendReportMailData,
  StatusReportGenerator,
} from '@app/reporting';

@Processor(QueueName.Reports)
export class ReportsProcessor extends WorkerHost {
  private readonly logger = new Logger(ReportsProcessor.name);

  constructor(
    private readonly schedule: ReportScheduleService,
    private readonly generator: StatusReportGenerator,
    private readonly reports: ReportsRepository,
    private readonly queue: ReportQueue,
    private readonly mailer: ReportMailer,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as QueueJobs[QueueName.Reports];
    switch (name) {
      case JobName.CheckStatusReportSchedule: {
        const claimed = await this.schedule.claimDue(this.clock.now());
        // Also those left queued when the api could not reach Redis.
        const queued = await this.reports.queued();
        for (const report of queued) await this.queue.enqueueReport(report);
        this.logger.log({ claimed: claimed.length, queued: queued.length }, 'Status report schedule checked');
        return { claimed: claimed.map((report) => report.id) };
      }
      case JobName.GenerateStatusReport: {
        const { reportId } = job.data as GenerateStatusReportData;
        const report = await this.generator.generate(reportId);
        await this.queue.enqueueMail(report.id, report.finishedAt ?? this.clock.now());
        return { reportId: report.id };
      }
      case JobName.SendReportMail: {
        const { reportId } = job.data as SendReportMailData;
        const report = await this.reports.byId(reportId);
        if (!report) throw new UnrecoverableError(`Report ${reportId} does not exist`);
        const to = await this.reports.adminEmails(report.regionId);
        await this.mailer.send(report, to);
        return { sentTo: to.length };
      }
      default: {
        const unknown: never = name;
        throw new Error(`No handler for job ${String(unknown)} on queue ${QueueName.Reports}`);
      }
    }
  }
}
