import { CAPPED_EXPONENTIAL, cappedBackoff, MAX_RETRY_DELAY_MS, QUEUE_DEFAULTS, QueueName } from './queues';

describe('cappedBackoff', () => {
  it('doubles from 5 s and never waits longer than a minute', () => {
    const delays = Array.from({ length: 8 }, (_, i) => cappedBackoff(i + 1, CAPPED_EXPONENTIAL));
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000, 60_000]);
    expect(Math.max(...delays)).toBe(MAX_RETRY_DELAY_MS);
  });

  it('keeps a mail trying for about an hour before it fails for good', () => {
    const { attempts } = QUEUE_DEFAULTS[QueueName.Mail];
    const total = Array.from({ length: attempts - 1 }, (_, i) =>
      cappedBackoff(i + 1, CAPPED_EXPONENTIAL),
    ).reduce((a, b) => a + b);
    expect(total).toBeGreaterThan(50 * 60_000);
    expect(total).toBeLessThan(70 * 60_000);
  });
});
