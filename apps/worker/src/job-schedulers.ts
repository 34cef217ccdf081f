import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName, RECURRING_JOBS } from '@app/jobs';
import { OutboxMailReconciler, ReminderScheduler } from '@app/notifications';

/** How often a worker checks that the job schedulers still exist in Redis. */
export const SCHEDULER_CHECK_INTERVAL_MS = 30_000;
const CHECK_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The recurring jobs live in Redis as job schedulers, so Redis losing its data (a restart without
 * persistence, a failover) loses them — and with them reminders, retention purges and the status
 * report. Every worker registers them at start (upsert: replicas agree, a changed pattern applies),
 * and again whenever one is missing: checked after each reconnect to Redis and every
 * SCHEDULER_CHECK_INTERVAL_MS. Missing schedulers mean Redis lost its jobs too, so the mail and
 * reminder reconcilers run at once rather than at their next schedule.
 */
@Injectable()
export class JobSchedulers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobSchedulers.name);
  private readonly queues: Record<QueueName, Queue>;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @InjectQueue(QueueName.Scheduling) scheduling: Queue,
    @InjectQueue(QueueName.CaseSummaries) caseSummaries: Queue,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
    @InjectQueue(QueueName.Reports) reports: Queue,
    @InjectQueue(QueueName.Mail) mail: Queue,
    private readonly outboxMail: OutboxMailReconciler,
    private readonly reminderJobs: ReminderScheduler,
  ) {
    this.queues = {
      [QueueName.Scheduling]: scheduling,
      [QueueName.CaseSummaries]: caseSummaries,
      [QueueName.Reminders]: reminders,
      [QueueName.Reports]: reports,
      [QueueName.Mail]: mail,
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const { queue, schedule, job } of RECURRING_JOBS) {
      const { id, pattern, tz } = schedule;
      await this.queues[queue].upsertJobScheduler(id, { pattern, tz }, { name: job });
    }
    for (const queue of Object.values(this.queues)) {
      // ioredis emits `ready` after every reconnect: the Redis that answers may be an empty one.
      (await queue.backend.client).on('ready', () => this.check('reconnect'));
    }
    this.timer = setInterval(() => this.check('periodic'), SCHEDULER_CHECK_INTERVAL_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Registers the schedulers that are missing; returns their ids. */
  async ensure(): Promise<string[]> {
    const registered: string[] = [];
    for (const { queue, schedule, job } of RECURRING_JOBS) {
      const q = this.queues[queue];
      if (await q.getJobScheduler(schedule.id)) continue;
      await q.upsertJobScheduler(schedule.id, { pattern: schedule.pattern, tz: schedule.tz }, { name: job });
      registered.push(schedule.id);
    }
    return registered;
  }

  private check(reason: 'reconnect' | 'periodic'): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.restore(reason)
      .catch((error: unknown) =>
        this.logger.warn(
          { reason, error: (error as Error).message },
          'Job scheduler check failed; will retry',
        ),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.check(reason);
        }
      });
  }

  private async restore(reason: 'reconnect' | 'periodic'): Promise<void> {
    const registered = await withTimeout(this.ensure(), CHECK_TIMEOUT_MS);
    if (registered.length === 0) return;
    this.logger.warn(
      { reason, registered },
      'Job schedulers were missing (Redis lost its data); registered again',
    );
    const mails = await this.outboxMail.reconcile();
    const reminders = await this.reminderJobs.reconcile();
    this.logger.log({ mails, reminders }, 'Jobs restored from the database after Redis lost its data');
  }
}
