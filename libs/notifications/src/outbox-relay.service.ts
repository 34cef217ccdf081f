import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { JobName, QueueName } from '@app/jobs';
import { MailKind } from './mail-kind';
import { mailJobOf } from './outbox-mail';
import { NotificationBookingRepository } from './notification-booking.repository';
import { ClaimedOutboxRow, OutboxRelayRepository } from './outbox-relay.repository';
import { ReminderScheduler } from './reminder.scheduler';

export const RELAY_BATCH_SIZE = 50;
const ENQUEUE_TIMEOUT_MS = 5_000;

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
 * Moves outbox rows to BullMQ (processed = relayed; the mail is settled later, by the mail job — the
 * OutboxMailReconciler re-enqueues what Redis lost): claims a batch with FOR UPDATE SKIP LOCKED (replicas never take the
 * same row), enqueues each with the outbox id as jobId (a second relay of the same row cannot enqueue
 * twice), marks them processed — all in one transaction, so a crash mid-batch leaves the rows pending.
 * With Redis away the enqueue fails fast, the row is marked for a later try, and nothing is lost.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
    private readonly reminders: ReminderScheduler,
    private readonly bookings: NotificationBookingRepository,
    private readonly outbox: OutboxRelayRepository,
  ) {}

  /** Relays one batch; returns how many rows were relayed. */
  async relayBatch(limit = RELAY_BATCH_SIZE): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.claimDue(manager, limit);
      const done: string[] = [];
      for (const row of rows) {
        try {
          await withTimeout(this.dispatch(row, manager), ENQUEUE_TIMEOUT_MS);
          done.push(row.id);
        } catch (error) {
          // Most likely Redis is away: try this row again later and stop the batch.
          const waitMs = Math.min(60_000, 1000 * 2 ** Math.min(row.attempts, 6));
          await this.outbox.postpone(manager, row.id, (error as Error).message, waitMs);
          this.logger.warn(
            { outboxId: row.id, kind: row.kind, error: (error as Error).message },
            'Outbox relay failed; the row waits',
          );
          break;
        }
      }
      if (done.length) await this.outbox.markRelayed(manager, done);
      return done.length;
    });
  }

  /** Relays until the outbox has nothing due (or a batch fails). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const relayed = await this.relayBatch();
      total += relayed;
      if (relayed < RELAY_BATCH_SIZE) return total;
    }
  }

  private async dispatch(row: ClaimedOutboxRow, manager: EntityManager): Promise<void> {
    const job = mailJobOf(row);
    if (!job) {
      this.logger.warn(
        { outboxId: row.id, kind: row.kind },
        'Outbox kind without a notification; marked processed',
      );
      return;
    }
    await this.mail.add(job.name, job.data, { jobId: row.id });
    if (job.name !== JobName.SendBookingMail) return;
    if (row.payload.icsSequence > 0)
      await this.reminders.supersede(row.payload.bookingId, row.payload.icsSequence);
    if (job.data.kind !== MailKind.Cancelled) {
      const booking = await this.bookings.find(row.payload.bookingId, manager);
      if (booking && booking.icsSequence === row.payload.icsSequence) await this.reminders.schedule(booking);
    }
  }
}
