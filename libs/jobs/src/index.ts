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
export type { OutboxWriteOptions } from './outbox.writer';
export { bullConnection, createFailFastRedis, createRedis, redisConnectionOptions } from './redis-connection';
export {
  CAPPED_EXPONENTIAL,
  cappedBackoff,
  JobName,
  MAX_RETRY_DELAY_MS,
  QUEUE_DEFAULTS,
  QueueName,
  RECURRING_JOBS,
  SCHEDULES,
} from './queues';
export type { QueueJobs, Schedule } from './queues';
