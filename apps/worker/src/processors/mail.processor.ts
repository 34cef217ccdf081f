import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueJobs, JobName, QueueName } from '@app/jobs';
import { AccountMailRequest, AccountMailService, BookingMailRequest, MailService } from '@app/notifications';

/** Booking mails (booked, moved, cancelled) with their invites, and account mails (links, lock notices). */
@Processor(QueueName.Mail)
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(
    private readonly mail: MailService,
    private readonly accountMail: AccountMailService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as QueueJobs[QueueName.Mail];
    switch (name) {
      case JobName.SendBookingMail: {
        const data = job.data as BookingMailRequest;
        const result = await this.mail.send(data);
        this.logger.log(
          { jobId: job.id, bookingId: data.bookingId, kind: data.kind, result },
          'Booking mail',
        );
        return result;
      }
      case JobName.SendAccountMail: {
        const data = job.data as AccountMailRequest;
        const result = await this.accountMail.send(data);
        // Ids only: never the address's token or the link.
        this.logger.log(
          { jobId: job.id, kind: 'tokenId' in data ? 'link' : 'locked', result },
          'Account mail',
        );
        return result;
      }
      default: {
        const unknown: never = name;
        throw new Error(`No handler for job ${String(unknown)} on queue ${QueueName.Mail}`);
      }
    }
  }
}
