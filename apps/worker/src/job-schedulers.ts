import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, QueueName, SCHEDULES } from '@app/jobs';

type Schedule = (typeof SCHEDULES)[keyof typeof SCHEDULES];

/** Registers the recurring jobs once, on purpose, in the worker only (upsert: replicas agree). */
@Injectable()
export class JobSchedulers implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Scheduling) private readonly scheduling: Queue,
    @InjectQueue(QueueName.CaseSummaries) private readonly caseSummaries: Queue,
    @InjectQueue(QueueName.Reminders) private readonly reminders: Queue,
    @InjectQueue(QueueName.Reports) private readonly reports: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const recurring: [Queue, Schedule, JobName][] = [
      [this.scheduling, SCHEDULES.extendSlotHorizon, JobName.ExtendSlotHorizon],
      [this.caseSummaries, SCHEDULES.purgeCaseSummaries, JobName.PurgeCaseSummaries],
      [this.reminders, SCHEDULES.reconcileReminders, JobName.ReconcileReminders],
      [this.reports, SCHEDULES.statusReportSchedule, JobName.CheckStatusReportSchedule],
    ];
    for (const [queue, { id, pattern, tz }, name] of recurring) {
      await queue.upsertJobScheduler(id, { pattern, tz }, { name });
    }
  }
}
