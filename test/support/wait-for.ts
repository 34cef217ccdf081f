export interface WaitOptions {
  /** Give up after this many ms (the error names `what`). */
  timeout?: number;
  /** Ask again after this many ms. */
  interval?: number;
  /** What is awaited, for the timeout error. */
  what?: string;
  /** Errors thrown by the check mean "not yet" (a server still starting); otherwise they end the wait. */
  retryErrors?: boolean;
}

/**
 * Waits for a condition instead of a fixed time: polls `check` until it returns something other than
 * undefined/false (which is then returned), and fails after `timeout` ms naming `what` and the last
 * value or error seen.
 */
export async function waitFor<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  { timeout = 15_000, interval = 100, what = 'the condition', retryErrors = false }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      if (!retryErrors) throw error;
      last = error;
    }
    if (Date.now() >= deadline)
      throw new Error(
        `Timed out after ${timeout} ms waiting for ${what}` +
          (last instanceof Error ? `: ${last.message}` : ''),
      );
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(interval, Math.max(0, deadline - Date.now()))),
    );
  }
}
