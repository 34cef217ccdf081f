import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@app/audit';
import { BookingReadModule } from '@app/booking';
import { CaseSummaryModule } from '@app/case-summary';
import { CommonModule } from '@app/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule, logSafeError } from '@app/database';
import { QUEUE_DEFAULTS, QueueName, bullConnection } from '@app/jobs';
import { NotificationsWorkerModule } from '@app/notifications';
import { ReportingModule } from '@app/reporting';
import { SchedulingModule } from '@app/scheduling';
import { Heartbeat } from './heartbeat';
import { HeartbeatRepository } from './heartbeat.repository';
import { JobSchedulers } from './job-schedulers';
import { WorkerConcurrency } from './worker-concurrency';
import { CaseSummaryProcessor } from './processors/case-summary.processor';
import { MailProcessor } from './processors/mail.processor';
import { RemindersProcessor } from './processors/reminders.processor';
import { ReportsProcessor } from './processors/reports.processor';
import { SchedulingProcessor } from './processors/scheduling.processor';

@Module({
  imports: [
    ConfigModule,
    CommonModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Database errors never log their statement, parameters or detail.
        pinoHttp: { level: config.logLevel, serializers: { err: logSafeError, error: logSafeError } },
      }),
    }),
    DatabaseModule,
    AuditModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      // BullMQ creates (and closes) its own connections from the URL.
      useFactory: (config: AppConfig) => ({
        connection: bullConnection(config.redis),
        prefix: config.queuePrefix,
      }),
    }),
    BullModule.registerQueue({
      name: QueueName.Scheduling,
      defaultJobOptions: QUEUE_DEFAULTS[QueueName.Scheduling],
    }),
    BullModule.registerQueue({
      name: QueueName.CaseSummaries,
      defaultJobOptions: QUEUE_DEFAULTS[QueueName.CaseSummaries],
    }),
    BullModule.registerQueue({
      name: QueueName.Reports,
      defaultJobOptions: QUEUE_DEFAULTS[QueueName.Reports],
    }),
    SchedulingModule,
    // Case summaries and notifications read bookings through libs/booking's one read query.
    BookingReadModule,
    CaseSummaryModule,
    NotificationsWorkerModule,
    ReportingModule,
  ],
  providers: [
    SchedulingProcessor,
    CaseSummaryProcessor,
    MailProcessor,
    RemindersProcessor,
    ReportsProcessor,
    JobSchedulers,
    HeartbeatRepository,
    Heartbeat,
    WorkerConcurrency,
  ],
})
export class WorkerModule {}
