import {
  daysBetween,
  type FieldViolation,
  isCalendarDay,
  isoWeekday,
  OSLO_TIME_ZONE,
  osloDate,
} from '@lavterskel/kernel';
import { WEEKDAYS, type Weekday } from './schedule';

const osloTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function weekdayOf(date: string): Weekday {
  // WEEKDAYS starts on Monday, as ISO weekdays do.
  return WEEKDAYS[isoWeekday(date) - 1] ?? 'monday';
}

/** The Oslo wall-clock time `HH:MM` at `instant`. */
export function osloTime(instant: Date): string {
  return osloTimeFormat.format(instant);
}

/** Whether the Oslo date and time `date` `startTime` has come at `now`. */
export function hasBegun(date: string, startTime: string, now: Date): boolean {
  return `${osloDate(now)} ${osloTime(now)}` >= `${date} ${startTime}`;
}

/** A date range `from`..`to` (both included) of at most `maxDays` days. */
export function dateRangeViolations(
  range: { from: string; to: string },
  maxDays: number,
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!isCalendarDay(range.from))
    violations.push({ field: 'from', rule: 'date', message: 'must be a date as YYYY-MM-DD' });
  if (!isCalendarDay(range.to))
    violations.push({ field: 'to', rule: 'date', message: 'must be a date as YYYY-MM-DD' });
  if (violations.length > 0) return violations;
  const days = daysBetween(range.from, range.to) + 1;
  if (days < 1)
    violations.push({ field: 'to', rule: 'not-before-from', message: 'must not be before from' });
  if (days > maxDays)
    violations.push({
      field: 'to',
      rule: 'max-range',
      message: `must be at most ${maxDays} days after from, both included`,
    });
  return violations;
}
