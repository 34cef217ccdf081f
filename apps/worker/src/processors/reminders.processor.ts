import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { JobName, QueueJobs, QueueName } from '@app/jobs';
import { MailService, ReminderJobData, ReminderScheduler } from '@app/notifications';
import { MAIL_WORKER_OPTIONS, pausingWhileSmtpDown } from './smtp-outage';

/** Delayed reminders (each re-checks the booking before sending) and the reminder reconciler. */
@Processor(QueueName.Reminders, MAIL_WORKER_OPTIONS)
export class RemindersProcessor extends WorkerHost {
  private readonly logger = new Logger(RemindersProcessor.name);

  constructor(
    private readonly mail: MailService,
    private readonly reminders: ReminderScheduler,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as QueueJobs[QueueName.Reminders];
    switch (name) {
      case JobName.SendReminder: {
        const data = job.data as ReminderJobData;
        const result = await pausingWhileSmtpDown(this.worker, () => this.mail.send(data));
        this.logger.log({ jobId: job.id, bookingId: data.bookingId, kind: data.kind, result }, 'Reminder');
        return result;
      }
      case JobName.ReconcileReminders: {
        const result = await this.reminders.reconcile();
        this.logger.log(result, 'Reminder jobs reconciled');
        return result;
      }
      default: {
        const unknown: never = name;
        throw new Error(`No handler for job ${String(unknown)} on queue ${QueueName.Reminders}`);
      }
    }
  }
}
