import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '@app/audit';
import { CommonModule } from '@app/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QUEUE_DEFAULTS, QueueName } from '@app/jobs';
import { ReportingModule } from '@app/reporting';
import { SchedulingModule } from '@app/scheduling';
import { JobSchedulers } from './job-schedulers';
import { ReportsProcessor } from './processors/reports.processor';
import { SchedulingProcessor } from './processors/scheduling.processor';

@Module({
  imports: [
    ConfigModule,
    CommonModule,
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.logLevel } }),
    }),
    DatabaseModule,
    AuditModule,
    BullModule.forRootAsync({
      inject: [AppConfig],
      // BullMQ creates (and closes) its own connections from the URL.
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl },
        prefix: config.queuePrefix,
      }),
    }),
    BullModule.registerQueue({
      name: QueueName.Scheduling,
      defaultJobOptions: QUEUE_DEFAULTS[QueueName.Scheduling],
    }),
    BullModule.registerQueue({
      name: QueueName.Reports,
      defaultJobOptions: QUEUE_DEFAULTS[QueueName.Reports],
    }),
    SchedulingModule,
    ReportingModule,
  ],
  providers: [SchedulingProcessor, ReportsProcessor, JobSchedulers],
})
export class WorkerModule {}
