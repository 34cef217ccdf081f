import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueJobs, JobName, QueueName } from '@app/jobs';
import { BookingMailRequest, MailService } from '@app/notifications';

/** Booking mails (booked, moved, cancelled) with their invites. */
@Processor(QueueName.Mail)
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly mail: MailService) {
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
      default: {
        const unknown: never = name;
        throw new Error(`No handler for job ${String(unknown)} on queue ${QueueName.Mail}`);
      }
    }
  }
}
