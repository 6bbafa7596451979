import fc from 'fast-check';
import { isoWeek, periodsOverlap, withinPeriod } from './calendar';
import { calendarDate } from './validation';
import { addDays, daysBetween, isCalendarDay, isoWeekday } from '@lavterskel/kernel';

const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar days', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDay('2026-11-23')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-1-3')).toBe(false);
    expect(isCalendarDay(20261123)).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts back what it added, for any day', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -400, max: 400 }),
        (from, n) => daysBetween(from, addDays(from, n)) === n,
      ),
    );
  });

  it('names ISO weekdays and weeks, including weeks that straddle a new year', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(isoWeek('2026-11-23')).toBe('2026-W48');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });

  it('puts the seven days of a week in one ISO week', () => {
    fc.assert(
      fc.property(day, (d) => {
        const monday = addDays(d, 1 - isoWeekday(d));
        return [0, 1, 2, 3, 4, 5, 6].every((n) => isoWeek(addDays(monday, n)) === isoWeek(d));
      }),
    );
  });

  it('tells whether a day is in a period and whether periods overlap', () => {
    expect(withinPeriod('2026-11-23', '2026-11-23', null)).toBe(true);
    expect(withinPeriod('2026-11-24', '2026-11-01', '2026-11-23')).toBe(false);
    expect(
      periodsOverlap(
        { from: '2026-11-01', to: '2026-11-10' },
        { from: '2026-11-10', to: '2026-11-20' },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { from: '2026-11-01', to: '2026-11-09' },
        { from: '2026-11-10', to: '2026-11-20' },
      ),
    ).toBe(false);
  });
});

describe('calendarDate', () => {
  it('names a field that is not a real day, and lets an absent optional day pass', () => {
    expect(calendarDate('2026-02-30', 'from')).toEqual({
      field: 'from',
      rule: 'calendar-date',
      message: 'must be a date YYYY-MM-DD',
    });
    expect(calendarDate('2026-11-23', 'from')).toBe(false);
    expect(calendarDate(null, 'to')).toBe(false);
    expect(calendarDate(undefined, 'to')).toBe(false);
  });
});
