import type { DailyMinutes } from '../encounter/encounter.repository';
import { earlierDate, laterDate, weekStart } from '../shared/calendar-day';
import type { Vedtak } from './vedtak';
import { addDays, daysBetween } from '@lavterskel/kernel';

/** Hours granted and used in one week (Monday to Sunday, Oslo days). */
export interface WeekUsage {
  readonly weekStart: string;
  readonly grantedHours: number;
  readonly usedHours: number;
}

/** CL-7: hours used against hours granted, week by week, over the days the vedtak was valid. */
export interface VedtakUsage {
  readonly vedtakId: string;
  /** The days counted: the period asked for, within the vedtak's validity. */
  readonly from: string;
  readonly to: string;
  readonly weeks: readonly WeekUsage[];
  readonly grantedHours: number;
  readonly usedHours: number;
}

const hours = (value: number) => Math.round(value * 100) / 100;

/**
 * Granted hours of a week are prorated by the days counted in it (a vedtak starting on a
 * Thursday grants 4/7 of its weekly hours that week); used hours are attended encounters
 * under the vedtak. A period outside the validity has no weeks.
 */
export function vedtakUsage(request: {
  vedtak: Vedtak;
  from: string;
  to: string;
  daily: readonly DailyMinutes[];
}): VedtakUsage {
  const { vedtak, daily } = request;
  const from = laterDate(request.from, vedtak.validFrom);
  const to = vedtak.validTo === null ? request.to : earlierDate(request.to, vedtak.validTo);
  const weeks: WeekUsage[] = [];
  for (let monday = weekStart(from); from <= to && monday <= to; monday = addDays(monday, 7)) {
    const first = laterDate(monday, from);
    const last = earlierDate(addDays(monday, 6), to);
    const days = daysBetween(first, last) + 1;
    const usedMinutes = daily
      .filter((day) => day.date >= first && day.date <= last)
      .reduce((sum, day) => sum + day.minutes, 0);
    weeks.push({
      weekStart: monday,
      grantedHours: hours((vedtak.hoursPerWeek * days) / 7),
      usedHours: hours(usedMinutes / 60),
    });
  }
  return {
    vedtakId: vedtak.id,
    from,
    to,
    weeks,
    grantedHours: hours(weeks.reduce((sum, week) => sum + week.grantedHours, 0)),
    usedHours: hours(weeks.reduce((sum, week) => sum + week.usedHours, 0)),
  };
}
