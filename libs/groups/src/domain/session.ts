import type { TenantId } from '@lavterskel/kernel';
import { weekdayOf } from './calendar';
import { activeCohorts, type Roster } from './roster';
import { findSlot } from './schedule';
import { addDays, daysBetween } from '@lavterskel/kernel';

/** One meeting of one cohort on one Oslo date, generated from the group's schedule. */
export interface Session {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly groupId: string;
  readonly cohortId: string;
  /** `YYYY-MM-DD`, an Oslo date. */
  readonly date: string;
  /** `HH:MM`, Oslo local time. */
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly createdAt: Date;
}

/** Sessions are generated at most this many days at a time. */
export const MAX_SESSION_RANGE_DAYS = 92;

/** GR-1: a session for each active cohort on each date in `from`..`to` that falls on its slot's weekday. */
export function planSessions(
  roster: Roster,
  request: { from: string; to: string; now: Date; newId: () => string },
): Session[] {
  const dates = Array.from({ length: daysBetween(request.from, request.to) + 1 }, (_, offset) =>
    addDays(request.from, offset),
  );
  return activeCohorts(roster).flatMap((cohort) => {
    const slot = findSlot(roster.group.schedule, cohort.slot);
    if (!slot) return [];
    return dates
      .filter((date) => weekdayOf(date) === slot.weekday)
      .map((date) => ({
        id: request.newId(),
        tenantId: roster.group.tenantId,
        groupId: roster.group.id,
        cohortId: cohort.id,
        date,
        startTime: slot.startTime,
        durationMinutes: slot.durationMinutes,
        createdAt: request.now,
      }));
  });
}
