import { addDays, isoWeekday } from '@lavterskel/kernel';

// What the follow-up record adds to the kernel's calendar-day arithmetic (addDays,
// daysBetween, isCalendarDay …): weeks, and the earlier or later of two days.

/** The Monday of the (ISO) week `date` falls in. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}
