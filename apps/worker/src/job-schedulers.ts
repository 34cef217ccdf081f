import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, QueueName, SCHEDULES } from '@app/jobs';

/** Registers the recurring jobs once, on purpose, in the worker only (upsert: replicas agree). */
@Injectable()
export class JobSchedulers implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Scheduling) private readonly scheduling: Queue,
    @InjectQueue(QueueName.Reports) private readonly reports: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { id, pattern, tz } = SCHEDULES.extendSlotHorizon;
    await this.scheduling.upsertJobScheduler(id, { pattern, tz }, { name: JobName.ExtendSlotHorizon });
    const report = SCHEDULES.statusReportSchedule;
    await this.reports.upsertJobScheduler(
      report.id,
      { pattern: report.pattern, tz: report.tz },
      { name: JobName.CheckStatusReportSchedule },
    );
  }
}
