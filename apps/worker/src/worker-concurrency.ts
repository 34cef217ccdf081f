import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { MailProcessor } from './processors/mail.processor';
import { RemindersProcessor } from './processors/reminders.processor';

/**
 * WORKER_CONCURRENCY for the I/O-bound queues (mail, reminders): jobs one worker process runs at once.
 * The report queue stays at one (CPU-heavy PDF work); scale it with more worker replicas instead.
 */
@Injectable()
export class WorkerConcurrency implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly mail: MailProcessor,
    private readonly reminders: RemindersProcessor,
  ) {}

  onApplicationBootstrap(): void {
    for (const host of [this.mail, this.reminders]) host.worker.concurrency = this.config.workerConcurrency;
  }
}
