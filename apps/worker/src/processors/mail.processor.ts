import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { QueueJobs, JobName, QueueName } from '@app/jobs';
import {
  AccountMailRequest,
  AccountMailService,
  BookingMailRequest,
  MailService,
  OutboxMailReconciler,
} from '@app/notifications';
import { MAIL_WORKER_OPTIONS, pausingWhileSmtpDown } from './smtp-outage';

/**
 * Booking mails (booked, moved, cancelled) with their invites, account mails (links, lock notices),
 * and the outbox mail reconciler.
 */
@Processor(QueueName.Mail, MAIL_WORKER_OPTIONS)
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    private readonly mail: MailService,
    private readonly accountMail: AccountMailService,
    private readonly outboxMail: OutboxMailReconciler,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as QueueJobs[QueueName.Mail];
    switch (name) {
      case JobName.SendBookingMail: {
        const data = job.data as BookingMailRequest;
        // The job id is the outbox id: once the send log has every recipient (sent, or refused for
        // good) or the mail is no longer wanted, the event is settled.
        const result = await pausingWhileSmtpDown(this.worker, () => this.mail.send(data)).catch(
          async (error: unknown) => {
            if (error instanceof UnrecoverableError) await this.outboxMail.settle(job.id!);
            throw error;
          },
        );
        await this.outboxMail.settle(job.id!);
        this.logger.log(
          { jobId: job.id, bookingId: data.bookingId, kind: data.kind, result },
          'Booking mail',
        );
        return result;
      }
      case JobName.SendAccountMail: {
        const data = job.data as AccountMailRequest;
        const result = await pausingWhileSmtpDown(this.worker, () => this.accountMail.send(data)).catch(
          async (error: unknown) => {
            if (error instanceof UnrecoverableError) await this.outboxMail.settle(job.id!);
            throw error;
          },
        );
        await this.outboxMail.settle(job.id!);
        // Ids only: never the address's token or the link.
        this.logger.log(
          { jobId: job.id, kind: 'tokenId' in data ? 'link' : 'locked', result },
          'Account mail',
        );
        return result;
      }
      case JobName.ReconcileOutboxMails: {
        const result = await this.outboxMail.reconcile();
        this.logger.log(result, 'Outbox mails reconciled');
        return result;
      }
      default: {
        const unknown: never = name;
        throw new Error(`No handler for job ${String(unknown)} on queue ${QueueName.Mail}`);
      }
    }
  }
}
