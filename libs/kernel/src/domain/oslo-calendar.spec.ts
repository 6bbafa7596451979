import fc from 'fast-check';
import { addDays, daysBetween, isCalendarDay, isoWeekday, osloDate } from './oslo-calendar';

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

  it('answers as the time zone database does at any instant, however the calls are ordered', () => {
    const zone = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', dateStyle: 'short' });
    const instant = fc.date({
      min: new Date('2020-01-01Z'),
      max: new Date('2030-12-31Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (instants) =>
        instants.every((at) => osloDate(at) === zone.format(at)),
      ),
      { numRuns: 500 },
    );
    // Every minute around midnight and both switches of summer time, in order.
    for (const start of [
      '2026-03-28T22:00Z',
      '2026-03-29T00:00Z',
      '2026-10-24T21:00Z',
      '2026-10-25T00:00Z',
    ]) {
      for (let minute = 0; minute < 180; minute += 1) {
        const at = new Date(new Date(start).getTime() + minute * 60_000);
        expect(osloDate(at)).toBe(zone.format(at));
      }
    }
  });
});

describe('calendar days', () => {
  it('knows real dates, leap years included', () => {
    expect(['2026-11-23', '2024-02-29', '2000-02-29'].every(isCalendarDay)).toBe(true);
    expect(
      ['2026-02-29', '1900-02-29', '2026-13-01', '2026-11-31', '26-11-23', 20261123, null].some(
        isCalendarDay,
      ),
    ).toBe(false);
  });

  it('adds days and counts them back across months, years and summer time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: -4000, max: 4000 }),
        (offset, days) => {
          const day = addDays('1990-01-01', offset);
          expect(isCalendarDay(day)).toBe(true);
          expect(daysBetween(day, addDays(day, days))).toBe(days);
        },
      ),
    );
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('names the ISO weekday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1); // a Monday
    expect(isoWeekday('2026-11-29')).toBe(7);
  });
});
