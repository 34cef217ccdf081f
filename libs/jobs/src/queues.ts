/** Every BullMQ queue of the platform. */
export enum QueueName {
  Scheduling = 'scheduling',
  Reports = 'reports',
}

/** Every job, by queue. */
export enum JobName {
  ExtendSlotHorizon = 'extend-slot-horizon',
  CheckStatusReportSchedule = 'check-status-report-schedule',
  GenerateStatusReport = 'generate-status-report',
  SendReportMail = 'send-report-mail',
}

/** Named schedules of the recurring jobs (cron in Europe/Copenhagen). */
export const SCHEDULES = {
  /** Every night: materialise series' slots up to the horizon. */
  extendSlotHorizon: { id: 'nightly-slot-horizon', pattern: '0 2 * * *', tz: 'Europe/Copenhagen' },
  /** Every morning: claim a due two-yearly status report (the due date itself lives in Postgres). */
  statusReportSchedule: { id: 'daily-status-report-check', pattern: '0 5 * * *', tz: 'Europe/Copenhagen' },
} as const;

/** Retries, backoff and retention per queue, set in one place. */
export const QUEUE_DEFAULTS = {
  [QueueName.Scheduling]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  [QueueName.Reports]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
} as const;
