/** Every BullMQ queue of the platform. */
export enum QueueName {
  Scheduling = 'scheduling',
  CaseSummaries = 'case-summaries',
}

/** Every job, by queue. */
export enum JobName {
  ExtendSlotHorizon = 'extend-slot-horizon',
  PurgeCaseSummaries = 'purge-case-summaries',
}

/** Named schedules of the recurring jobs (cron in Europe/Copenhagen). */
export const SCHEDULES = {
  /** Every night: materialise series' slots up to the horizon. */
  extendSlotHorizon: { id: 'nightly-slot-horizon', pattern: '0 2 * * *', tz: 'Europe/Copenhagen' },
  /** Every hour: delete case-summary content CASE_SUMMARY_RETENTION after the session. */
  purgeCaseSummaries: { id: 'hourly-case-summary-retention', pattern: '15 * * * *', tz: 'Europe/Copenhagen' },
} as const;

/** Retries, backoff and retention per queue, set in one place. */
export const QUEUE_DEFAULTS = {
  [QueueName.Scheduling]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  [QueueName.CaseSummaries]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
} as const;
