import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JobName, QueueName, SCHEDULES } from '@app/jobs';

/** Registers the recurring jobs once, on purpose, in the worker only (upsert: replicas agree). */
@Injectable()
export class JobSchedulers implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Scheduling) private readonly scheduling: Queue,
    @InjectQueue(QueueName.Reminders) private readonly reminders: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { id, pattern, tz } = SCHEDULES.extendSlotHorizon;
    await this.scheduling.upsertJobScheduler(id, { pattern, tz }, { name: JobName.ExtendSlotHorizon });
    const reconcile = SCHEDULES.reconcileReminders;
    await this.reminders.upsertJobScheduler(
      reconcile.id,
      { pattern: reconcile.pattern, tz: reconcile.tz },
      { name: JobName.ReconcileReminders },
    );
  }
}
