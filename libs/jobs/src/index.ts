export { JobsModule } from './jobs.module';
export { OutboxMessage } from './outbox-message.entity';
export { OutboxKind } from './outbox-kind';
export type {
  AccountLinkPayload,
  AccountLockedPayload,
  BookingEventPayload,
  OutboxPayloads,
} from './outbox-kind';
export { OutboxWriter } from './outbox.writer';
export { bullConnection, createFailFastRedis, createRedis, redisConnectionOptions } from './redis-connection';
export { JobName, QUEUE_DEFAULTS, QueueName, SCHEDULES } from './queues';
export type { QueueJobs } from './queues';
