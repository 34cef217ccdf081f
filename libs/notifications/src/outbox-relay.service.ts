import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { AccountLinkPayload, BookingEventPayload, JobName, QueueName } from '@app/jobs';
import { MailKind } from './mail-kind';
import { mailJobOf } from './outbox-mail';
import { NotificationBookingRepository } from './notification-booking.repository';
import { ReminderScheduler } from './reminder.scheduler';

export const RELAY_BATCH_SIZE = 50;
const ENQUEUE_TIMEOUT_MS = 5_000;

interface ClaimedRow {
  id: string;
  kind: string;
  payload: BookingEventPayload & Partial<AccountLinkPayload>;
  attempts: number;
}

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
  ) {}

  /** Relays one batch; returns how many rows were relayed. */
  async relayBatch(limit = RELAY_BATCH_SIZE): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: ClaimedRow[] = await manager.query(
        `SELECT id, kind, payload, attempts FROM outbox_messages
         WHERE processed_at IS NULL AND available_at <= now()
         ORDER BY available_at, created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      const done: string[] = [];
      for (const row of rows) {
        try {
          await withTimeout(this.dispatch(row, manager), ENQUEUE_TIMEOUT_MS);
          done.push(row.id);
        } catch (error) {
          // Most likely Redis is away: try this row again later and stop the batch.
          const waitMs = Math.min(60_000, 1000 * 2 ** Math.min(row.attempts, 6));
          await manager.query(
            `UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2,
                    available_at = now() + ($3 || ' milliseconds')::interval WHERE id = $1`,
            [row.id, (error as Error).message.slice(0, 1000), String(waitMs)],
          );
          this.logger.warn(
            { outboxId: row.id, kind: row.kind, error: (error as Error).message },
            'Outbox relay failed; the row waits',
          );
          break;
        }
      }
      if (done.length)
        await manager.query(
          `UPDATE outbox_messages SET processed_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::uuid[])`,
          [done],
        );
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

  private async dispatch(row: ClaimedRow, manager: EntityManager): Promise<void> {
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
