import fc from 'fast-check';
import {
  FIRST_RETRY_SECONDS,
  MAX_RETRY_SECONDS,
  nextAttemptAt,
  retryDelaySeconds,
} from './delivery-backoff';

describe('delivery backoff', () => {
  it('doubles from 30 s after each failure', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
  });

  it('never waits less than the first delay, more than the cap, or less than the time before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (failures) => {
        const delay = retryDelaySeconds(failures);
        expect(delay).toBeGreaterThanOrEqual(FIRST_RETRY_SECONDS);
        expect(delay).toBeLessThanOrEqual(MAX_RETRY_SECONDS);
        expect(delay).toBeGreaterThanOrEqual(retryDelaySeconds(failures - 1));
      }),
    );
    expect(retryDelaySeconds(1000)).toBe(MAX_RETRY_SECONDS);
  });

  it('schedules the next attempt that far from now', () => {
    const now = new Date('2026-11-23T09:00:00.000Z');
    expect(nextAttemptAt(3, now).toISOString()).toBe('2026-11-23T09:02:00.000Z');
  });
});
