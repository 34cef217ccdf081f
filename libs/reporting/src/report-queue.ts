import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { createFailFastRedis, JobName, QUEUE_DEFAULTS, QueueName } from '@app/jobs';
import { GenerateStatusReportData, SendReportMailData, statusReportJobId } from './report-jobs';

/**
 * Enqueues report jobs over a fail-fast connection (the api must not hang when Redis is away). A report
 * left `queued` because Redis was down is enqueued again by the daily schedule check.
 */
@Injectable()
export class ReportQueue implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly queue: Queue;

  constructor(config: AppConfig) {
    this.redis = createFailFastRedis(config.redis, 'reports-producer');
    this.queue = new Queue(QueueName.Reports, {
      connection: this.redis,
      prefix: config.queuePrefix,
      defaultJobOptions: QUEUE_DEFAULTS[QueueName.Reports],
    });
  }

  async enqueueReport(report: { id: string; regionId: string; from: string; to: string }): Promise<void> {
    const jobId = statusReportJobId(report);
    const existing = await this.queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'completed' && state !== 'failed') return; // waiting or running: that run will do
      await existing.remove();
    }
    const data: GenerateStatusReportData = { reportId: report.id };
    await this.queue.add(JobName.GenerateStatusReport, data, { jobId });
  }

  async enqueueMail(reportId: string, finishedAt: Date): Promise<void> {
    const data: SendReportMailData = { reportId };
    await this.queue.add(JobName.SendReportMail, data, {
      jobId: `report-mail-${reportId}-${finishedAt.getTime()}`,
    });
  }

  async onModuleDestroy(): Promise<void> {
    // Throws while Redis is away or reconnecting; our own disconnect below still ends the connection.
    await this.queue.close().catch(() => undefined);
    this.redis.disconnect();
  }
}
