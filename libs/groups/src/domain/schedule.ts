import type { FieldViolation } from '@lavterskel/kernel';

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A weekly time slot (pulje) in Europe/Oslo local time, e.g. Monday 10:00. */
export interface TimeSlot {
  readonly weekday: Weekday;
  /** `HH:MM`, 24-hour, Oslo local time. */
  readonly startTime: string;
}

/** One slot of a group's weekly schedule, and how many cohorts may meet in it at once. */
export interface ScheduleSlot extends TimeSlot {
  readonly durationMinutes: number;
  /** Cohorts that can run in parallel in this slot (staff, rooms, distance); at least 1. */
  readonly maxCohorts: number;
}

export const MAX_SCHEDULE_SLOTS = 28;
export const MAX_COHORTS_PER_SLOT = 20;
const START_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A slot's identity within a schedule: `monday 10:00`. */
export function slotKey(slot: TimeSlot): string {
  return `${slot.weekday} ${slot.startTime}`;
}

export function sameSlot(a: TimeSlot, b: TimeSlot): boolean {
  return a.weekday === b.weekday && a.startTime === b.startTime;
}

export function findSlot(
  schedule: readonly ScheduleSlot[],
  slot: TimeSlot,
): ScheduleSlot | undefined {
  return schedule.find((candidate) => sameSlot(candidate, slot));
}

export function timeSlotViolations(slot: TimeSlot, field: string): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!(WEEKDAYS as readonly string[]).includes(slot.weekday)) {
    violations.push({
      field: `${field}.weekday`,
      rule: 'weekday',
      message: `must be one of ${WEEKDAYS.join(', ')}`,
    });
  }
  if (!START_TIME.test(slot.startTime)) {
    violations.push({
      field: `${field}.startTime`,
      rule: 'time-of-day',
      message: 'must be a time of day as HH:MM, e.g. 10:00',
    });
  }
  return violations;
}

/** Every rule a weekly schedule breaks: at least one slot, each valid, no slot twice. */
export function scheduleViolations(
  schedule: readonly ScheduleSlot[],
  field = 'schedule',
): FieldViolation[] {
  if (schedule.length === 0)
    return [{ field, rule: 'min-items', message: 'must have at least one time slot' }];
  if (schedule.length > MAX_SCHEDULE_SLOTS) {
    return [
      { field, rule: 'max-items', message: `must have at most ${MAX_SCHEDULE_SLOTS} time slots` },
    ];
  }
  const seen = new Set<string>();
  return schedule.flatMap((slot, index) => {
    const at = `${field}[${index}]`;
    const violations = timeSlotViolations(slot, at);
    if (
      !Number.isInteger(slot.durationMinutes) ||
      slot.durationMinutes < 5 ||
      slot.durationMinutes > 720
    ) {
      violations.push({
        field: `${at}.durationMinutes`,
        rule: 'range',
        message: 'must be a whole number of minutes from 5 to 720',
      });
    }
    if (
      !Number.isInteger(slot.maxCohorts) ||
      slot.maxCohorts < 1 ||
      slot.maxCohorts > MAX_COHORTS_PER_SLOT
    ) {
      violations.push({
        field: `${at}.maxCohorts`,
        rule: 'range',
        message: `must be a whole number from 1 to ${MAX_COHORTS_PER_SLOT}`,
      });
    }
    const key = slotKey(slot);
    if (seen.has(key))
      violations.push({ field: at, rule: 'unique-slot', message: `${key} appears more than once` });
    seen.add(key);
    return violations;
  });
}

/** The schedule in a stable order (weekday, then time), so equal schedules compare equal. */
export function sortSchedule<S extends TimeSlot>(schedule: readonly S[]): S[] {
  return [...schedule].sort(compareSlots);
}

export function compareSlots(a: TimeSlot, b: TimeSlot): number {
  return (
    WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) ||
    a.startTime.localeCompare(b.startTime)
  );
}
