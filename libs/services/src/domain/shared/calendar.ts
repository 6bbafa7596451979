/** A calendar day `YYYY-MM-DD` in Europe/Oslo (see the kernel's `osloDate`). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === value;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(toUtc(date).getTime() + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY);
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: IsoDate): number {
  return ((toUtc(date).getUTCDay() + 6) % 7) + 1;
}

/** The ISO week a day belongs to, e.g. `2026-W48`: the week totals of distribution are reported by. */
export function isoWeek(date: IsoDate): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** True when `day` lies in `[from, to]`; an open end (`null`) never ends. */
export function withinPeriod(day: IsoDate, from: IsoDate, to: IsoDate | null): boolean {
  return from <= day && (to === null || day <= to);
}

/** Two closed periods share at least one day. */
export function periodsOverlap(
  a: { from: IsoDate; to: IsoDate },
  b: { from: IsoDate; to: IsoDate },
): boolean {
  return a.from <= b.to && b.from <= a.to;
}
