import { newId } from '@lavterskel/kernel';
import type { GroupFields } from '../group';
import type { ScheduleSlot } from '../schedule';

/** Test data: a group's fields, outdoor walk on Monday 10:00 and 14:00 unless overridden. */
export const GroupBuilder = {
  create(overrides: Partial<GroupFields> = {}): GroupFields {
    return {
      serviceId: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
      name: 'Walk and talk',
      locationKind: 'outdoor',
      capacity: 40,
      schedule: [slot('monday', '10:00'), slot('monday', '14:00')],
      ...overrides,
    };
  },
};

export function slot(
  weekday: ScheduleSlot['weekday'],
  startTime: string,
  maxCohorts = 1,
  durationMinutes = 60,
): ScheduleSlot {
  return { weekday, startTime, durationMinutes, maxCohorts };
}

/** Synthetic client ids. */
export function clientIds(count: number): string[] {
  return Array.from({ length: count }, () => newId());
}
