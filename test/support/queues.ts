import { Queue } from 'bullmq';

/**
 * True when none of these jobs can still run: each has completed or failed for good, or is not in the
 * queue (never added, or removed). A job that waits for a retry is `delayed`, so it counts as open.
 */
export async function jobsFinished(queue: Queue, jobIds: string[]): Promise<boolean> {
  for (const id of jobIds) {
    const state = await queue.getJobState(id);
    if (!['completed', 'failed', 'unknown'].includes(state)) return false;
  }
  return true;
}
