import { CAPPED_EXPONENTIAL, cappedBackoff, MAX_RETRY_DELAY_MS, QUEUE_DEFAULTS, QueueName } from './queues';

describe('cappedBackoff', () => {
  it('doubles from 2 s and never waits longer than 20 s', () => {
    const delays = Array.from({ length: 8 }, (_, i) => cappedBackoff(i + 1, CAPPED_EXPONENTIAL));
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 20_000, 20_000, 20_000, 20_000]);
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
