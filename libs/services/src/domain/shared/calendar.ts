import { addDays, daysBetween, isoWeekday } from '@lavterskel/kernel';

/** A calendar day `YYYY-MM-DD` in Europe/Oslo (see the kernel's `osloDate`). */
export type IsoDate = string;

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
