/**
 * Calendar days as `YYYY-MM-DD` strings (Oslo days, see the kernel's `osloDate`), with the
 * little arithmetic the follow-up record needs. Computed in UTC so that no time zone or
 * daylight-saving shift can move a day.
 */
const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real date in the Gregorian calendar (no 30 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is `YYYY-MM-DD` and names a real date. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** The Monday of the (ISO) week `date` falls in. */
export function weekStart(date: string): string {
  const weekday = (new Date(toTime(date)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}
