/** Calendar days are Norwegian days: a dispensing at 00:30 Oslo time belongs to that Oslo date. */
export const OSLO_TIME_ZONE = 'Europe/Oslo';

const osloDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: OSLO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const HOUR_MS = 3_600_000;
/** The last hour asked about: every request asks today's date, and formatting costs more than the rest of a check. */
let lastHour: { hour: number; date: string } | undefined;

/** The `YYYY-MM-DD` date in Europe/Oslo on which `instant` falls. */
export function osloDate(instant: Date): string {
  // Oslo's offset from UTC is whole hours and changes on a whole UTC hour, so the date is the
  // same throughout each UTC hour.
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  if (lastHour?.hour !== hour) lastHour = { hour, date: osloDateFormat.format(instant) };
  return lastHour.date;
}

// Calendar-day arithmetic on `YYYY-MM-DD` strings, done in UTC so that no time zone or
// daylight-saving shift can move a day.
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real date in the Gregorian calendar (no 30 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when `value` is `YYYY-MM-DD` and names a real date. */
export function isCalendarDay(value: unknown): value is string {
  const match = typeof value === 'string' ? CALENDAR_DAY.exec(value) : null;
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}
