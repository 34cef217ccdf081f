import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Clock } from '@app/common';
import { AppConfig } from '@app/config';
import { JobName, QueueName } from '@app/jobs';
import { NotificationBooking } from './notification-booking';
import { NotificationBookingRepository } from './notification-booking.repository';
import { planReminders, reminderJobId, reminderKeys, ReminderSettings } from './reminder-plan';

/** Puts a booking's reminders on the reminders queue as delayed jobs with deterministic ids. */
@Injectable()
export class ReminderScheduler {
  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly bookings: NotificationBookingRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  private get settings(): ReminderSettings {
    return {
      reminderOffsetsMs: this.config.reminderOffsetsMs,
      summaryReminderBeforeDueMs: this.config.summaryReminderBeforeDueMs,
      outcomeReminderAfterMs: this.config.outcomeReminderAfterMs,
    };
  }

  /** Adds the missing reminder jobs of the booking (an existing job id is left as it is). */
  async schedule(booking: NotificationBooking): Promise<number> {
    const now = this.clock.now();
    const planned = planReminders(booking, this.settings, now);
    for (const reminder of planned) {
      await this.queue.add(JobName.SendReminder, reminder.data, {
        jobId: reminder.jobId,
        delay: Math.max(0, reminder.at.getTime() - now.getTime()),
      });
    }
    return planned.length;
  }

  /** Removes reminder jobs of earlier sequences (they would skip themselves anyway). */
  async supersede(bookingId: string, currentSequence: number): Promise<void> {
    for (let seq = 0; seq < currentSequence; seq++)
      for (const key of reminderKeys(this.settings))
        await this.queue.remove(reminderJobId(bookingId, key, seq));
  }

  /** Re-creates the reminder jobs of every active booking from the database. */
  async reconcile(): Promise<{ bookings: number; jobs: number }> {
    const active = await this.bookings.findActive(
      this.clock.now(),
      this.settings.outcomeReminderAfterMs + 3600_000,
    );
    let jobs = 0;
    for (const booking of active) jobs += await this.schedule(booking);
    return { bookings: active.length, jobs };
  }
}
