import { OSLO_TIME_ZONE, osloDate, type FieldViolation } from '@lavterskel/kernel';
import { WEEKDAYS, type Weekday } from './schedule';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const osloTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO_TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function weekdayOf(date: string): Weekday {
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7] ?? 'monday';
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
  if (!isIsoDate(range.from))
    violations.push({ field: 'from', rule: 'date', message: 'must be a date as YYYY-MM-DD' });
  if (!isIsoDate(range.to))
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
