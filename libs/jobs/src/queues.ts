/** Every BullMQ queue of the platform. */
export enum QueueName {
  Scheduling = 'scheduling',
  CaseSummaries = 'case-summaries',
  Mail = 'mail',
  Reminders = 'reminders',
  Reports = 'reports',
}

/** Every job, by queue. */
export enum JobName {
  ExtendSlotHorizon = 'extend-slot-horizon',
  PurgeCaseSummaries = 'purge-case-summaries',
  SendBookingMail = 'send-booking-mail',
  SendAccountMail = 'send-account-mail',
  ReconcileOutboxMails = 'reconcile-outbox-mails',
  SendReminder = 'send-reminder',
  ReconcileReminders = 'reconcile-reminders',
  CheckStatusReportSchedule = 'check-status-report-schedule',
  GenerateStatusReport = 'generate-status-report',
  SendReportMail = 'send-report-mail',
}

/** Which jobs run on which queue (each processor switches exhaustively over its own). */
export interface QueueJobs {
  [QueueName.Scheduling]: JobName.ExtendSlotHorizon;
  [QueueName.CaseSummaries]: JobName.PurgeCaseSummaries;
  [QueueName.Mail]: JobName.SendBookingMail | JobName.SendAccountMail | JobName.ReconcileOutboxMails;
  [QueueName.Reminders]: JobName.SendReminder | JobName.ReconcileReminders;
  [QueueName.Reports]:
    JobName.CheckStatusReportSchedule | JobName.GenerateStatusReport | JobName.SendReportMail;
}

/** Named schedules of the recurring jobs (cron in Europe/Copenhagen). */
export const SCHEDULES = {
  /** Every night: materialise series' slots up to the horizon. */
  extendSlotHorizon: { id: 'nightly-slot-horizon', pattern: '0 2 * * *', tz: 'Europe/Copenhagen' },
  /** Every hour: delete case-summary content CASE_SUMMARY_RETENTION after the session. */
  purgeCaseSummaries: { id: 'hourly-case-summary-retention', pattern: '15 * * * *', tz: 'Europe/Copenhagen' },
  /** Every 10 minutes: re-create missing reminder jobs from the database (Redis is not the truth). */
  reconcileReminders: { id: 'reminder-reconciler', pattern: '*/10 * * * *', tz: 'Europe/Copenhagen' },
  /** Every morning: claim a due two-yearly status report (the due date itself lives in Postgres). */
  statusReportSchedule: { id: 'daily-status-report-check', pattern: '0 5 * * *', tz: 'Europe/Copenhagen' },
  /** Every 5 minutes: re-enqueue relayed booking mails whose job Redis lost before the send log settled them. */
  reconcileOutboxMails: { id: 'outbox-mail-reconciler', pattern: '*/5 * * * *', tz: 'Europe/Copenhagen' },
} as const;

export type Schedule = (typeof SCHEDULES)[keyof typeof SCHEDULES];

/**
 * Every job scheduler with its queue and job: the worker (re-)registers them, the detailed health
 * report checks that they exist (they live in Redis, which may lose them).
 */
export const RECURRING_JOBS: readonly { queue: QueueName; schedule: Schedule; job: JobName }[] = [
  { queue: QueueName.Scheduling, schedule: SCHEDULES.extendSlotHorizon, job: JobName.ExtendSlotHorizon },
  { queue: QueueName.CaseSummaries, schedule: SCHEDULES.purgeCaseSummaries, job: JobName.PurgeCaseSummaries },
  { queue: QueueName.Reminders, schedule: SCHEDULES.reconcileReminders, job: JobName.ReconcileReminders },
  {
    queue: QueueName.Reports,
    schedule: SCHEDULES.statusReportSchedule,
    job: JobName.CheckStatusReportSchedule,
  },
  { queue: QueueName.Mail, schedule: SCHEDULES.reconcileOutboxMails, job: JobName.ReconcileOutboxMails },
];

/**
 * Longest wait between two tries of a mail. Short on purpose: a server that answers 451 to a share of
 * the messages (greylisting, overload) would otherwise leave the unlucky mails minutes apart, and a
 * backlog must be out within 2 minutes of the server answering normally again.
 */
export const MAX_RETRY_DELAY_MS = 20_000;
export const CAPPED_EXPONENTIAL = 'capped-exponential';

/**
 * The workers' backoff for the custom `capped-exponential` type: 2 s, 4 s, 8 s, 16 s, then every
 * 20 s — a plain exponential backoff grew to many minutes and delayed the catch-up after an outage.
 * An unreachable server does not count here at all: it pauses the queue instead (see the worker).
 */
export function cappedBackoff(attemptsMade: number, type?: string): number {
  if (type !== CAPPED_EXPONENTIAL) throw new Error(`Unknown backoff type ${String(type)}`);
  return Math.min(MAX_RETRY_DELAY_MS, 2_000 * 2 ** Math.max(0, attemptsMade - 1));
}

const KEEP_A_WEEK = { age: 7 * 24 * 3600, count: 1000 };
const KEEP_FAILED_A_MONTH = { age: 30 * 24 * 3600 };

/** Retries, backoff and retention per queue, set in one place. */
export const QUEUE_DEFAULTS = {
  [QueueName.Scheduling]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: KEEP_A_WEEK,
    removeOnFail: KEEP_FAILED_A_MONTH,
  },
  [QueueName.CaseSummaries]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: KEEP_A_WEEK,
    removeOnFail: KEEP_FAILED_A_MONTH,
  },
  // Mail: SMTP 4xx retried with the capped backoff (2 s … 20 s, ~1 h in all); 5xx is
  // UnrecoverableError; an unreachable server pauses the queue instead of spending attempts (see the
  // processors). Completed jobs are kept a week so a re-relayed outbox id stays deduplicated.
  [QueueName.Mail]: {
    attempts: 180,
    backoff: { type: CAPPED_EXPONENTIAL, delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: KEEP_FAILED_A_MONTH,
  },
  [QueueName.Reminders]: {
    attempts: 180,
    backoff: { type: CAPPED_EXPONENTIAL, delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: KEEP_FAILED_A_MONTH,
  },
  [QueueName.Reports]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    removeOnComplete: KEEP_A_WEEK,
    removeOnFail: KEEP_FAILED_A_MONTH,
  },
} as const;
