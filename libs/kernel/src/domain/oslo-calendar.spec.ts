import { osloDate } from './oslo-calendar';

describe('osloDate', () => {
  it('is the Oslo date, not the UTC date', () => {
    expect(osloDate(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23'); // 00:30 CET
    expect(osloDate(new Date('2026-06-30T22:15:00Z'))).toBe('2026-07-01'); // 00:15 CEST
    expect(osloDate(new Date('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
  });

  it('handles the switch to and from summer time', () => {
    expect(osloDate(new Date('2026-03-29T00:59:00Z'))).toBe('2026-03-29');
    expect(osloDate(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
  });
});
