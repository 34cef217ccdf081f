import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUEUE_DEFAULTS, QueueName } from '@app/jobs';
import { AccountMailRepository } from './account-mail.repository';
import { AccountMailService } from './account-mail.service';
import { CalendarFeedService } from './calendar-feed.service';
import { CalendarFeedToken } from './entities/calendar-feed-token.entity';
import { MailSend } from './entities/mail-send.entity';
import { MailSendRepository } from './mail-send.repository';
import { MailService } from './mail.service';
import { MailerService } from './mailer.service';
import { NotificationBookingRepository } from './notification-booking.repository';
import { OutboxMailReconciler } from './outbox-mail-reconciler.service';
import { OutboxMailRepository } from './outbox-mail.repository';
import { OutboxRelayPoller } from './outbox-relay.poller';
import { OutboxRelayRepository } from './outbox-relay.repository';
import { OutboxRelay } from './outbox-relay.service';
import { ReminderScheduler } from './reminder.scheduler';

/** What the api needs: invites on demand and calendar feeds. Nothing here touches Redis or SMTP. */
@Module({
  imports: [TypeOrmModule.forFeature([MailSend, CalendarFeedToken])],
  providers: [NotificationBookingRepository, CalendarFeedService],
  exports: [CalendarFeedService, NotificationBookingRepository],
})
export class NotificationsModule {}

/** The worker's part: the mail and reminder queues, the outbox relay, sending. */
@Module({
  imports: [
    NotificationsModule,
    BullModule.registerQueue(
      { name: QueueName.Mail, defaultJobOptions: QUEUE_DEFAULTS[QueueName.Mail] },
      { name: QueueName.Reminders, defaultJobOptions: QUEUE_DEFAULTS[QueueName.Reminders] },
    ),
  ],
  providers: [
    MailerService,
    MailSendRepository,
    MailService,
    AccountMailRepository,
    AccountMailService,
    ReminderScheduler,
    OutboxRelayRepository,
    OutboxRelay,
    OutboxRelayPoller,
    OutboxMailRepository,
    OutboxMailReconciler,
  ],
  exports: [
    MailService,
    AccountMailService,
    ReminderScheduler,
    OutboxRelay,
    OutboxMailReconciler,
    BullModule,
  ],
})
export class NotificationsWorkerModule {}
