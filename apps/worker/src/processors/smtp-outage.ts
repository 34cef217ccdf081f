import { Worker, WorkerOptions } from 'bullmq';
import { cappedBackoff } from '@app/jobs';
import { SmtpUnavailableError } from '@app/notifications';

/** While the SMTP server is down, one job every this often probes it (for every worker of the queue). */
export const SMTP_PROBE_INTERVAL_MS = 2_000;

/**
 * Worker options of the queues that send mail. The limiter is far above any real mail rate: it is
 * there because BullMQ only honours a manual rate limit (our pause while SMTP is down) on a queue
 * with a limiter. Four mails at a time per worker: SMTP round-trips, not CPU, are the cost. Locks of
 * 10 s (renewed every 5 s while a job runs) instead of 30 s: the jobs of a worker that died are taken
 * over by another within about 20 s.
 */
export const MAIL_WORKER_OPTIONS: Omit<WorkerOptions, 'connection'> = {
  concurrency: 4,
  lockDuration: 10_000,
  stalledInterval: 10_000,
  limiter: { max: 10_000, duration: 1_000 },
  settings: { backoffStrategy: cappedBackoff },
};

/**
 * Runs a mail job; an unreachable SMTP server (refused, timed out, no greeting, 421) pauses the whole
 * queue for SMTP_PROBE_INTERVAL_MS — Redis' rate limit, shared by all workers — and puts the job back
 * in the queue without spending one of its attempts. After the pause the next job is the probe: when
 * the server answers again, sending resumes at once, instead of every job burning its attempts into
 * an ever longer backoff.
 */
export async function pausingWhileSmtpDown<T>(worker: Worker, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof SmtpUnavailableError)) throw error;
    await worker.rateLimit(SMTP_PROBE_INTERVAL_MS);
    throw Worker.RateLimitError();
  }
}
