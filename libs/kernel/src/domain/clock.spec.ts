import { fixedClock } from './clock';

describe('fixedClock', () => {
  it('returns the set instant, as a copy the caller cannot change', () => {
    const clock = fixedClock('2026-11-23T08:00:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-11-23T08:00:00.000Z');
    clock.set('2026-11-24T08:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });
});
