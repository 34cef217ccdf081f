import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from '@app/jobs';
import { MAILING_KINDS, mailJobOf } from './outbox-mail';
import { OutboxMailRepository } from './outbox-mail.repository';

/** As long as completed mail jobs are kept (QUEUE_DEFAULTS): older unsettled events are given up on. */
const RECONCILE_WITHIN_MS = 7 * 24 * 3600_000;
const RECONCILE_BATCH = 2_000;

/**
 * A mail is done when the send log says so, not when a job for it existed: Redis may lose
 * its data (a restart without persistence, a failover) with mail jobs waiting. This finds relayed
 * outbox events whose mail is not settled and whose job is gone, and enqueues the job again under
 * the same id (the outbox id) — a job that still exists is left alone, and the send log keeps a
 * recipient already served from getting the mail twice.
 */
@Injectable()
export class OutboxMailReconciler {
  constructor(
    private readonly outbox: OutboxMailRepository,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
  ) {}

  /** Called by the mail job when the event's mail is finished. */
  settle(outboxId: string): Promise<void> {
    return this.outbox.settle(outboxId);
  }

  async reconcile(): Promise<{ checked: number; requeued: number }> {
    const events = await this.outbox.unsettled(MAILING_KINDS, RECONCILE_WITHIN_MS, RECONCILE_BATCH);
    let requeued = 0;
    for (const event of events) {
      if (await this.mail.getJob(event.id)) continue;
      const job = mailJobOf(event);
      if (!job) continue;
      await this.mail.add(job.name, job.data, { jobId: event.id });
      requeued++;
    }
    return { checked: events.length, requeued };
  }
}
