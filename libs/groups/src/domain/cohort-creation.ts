import type { TimeSlot } from './schedule';
import { findSlot, slotKey } from './schedule';
import type { Cohort } from './cohort';
import { MAX_COHORT_SIZE } from './cohort';
import { GroupsError, GroupsErrorCode, assertValid } from './groups-error';
import { activeCohorts, sameSlotCohorts, withCohort, type Roster } from './roster';
import { assertSlotInSchedule, promoteWaitlisted } from './seating';
import type { Membership } from './membership';

export interface NewCohort {
  cohortId: string;
  slot: TimeSlot;
  maxSize: number;
  /** The cohort size of the arrangement in force, if any: a new cohort may not exceed it. */
  arrangementLimit: number | null;
  now: Date;
}

/** GR-3: a new cohort in one of the group's slots; waiting members take its seats at once. */
export function addCohort(
  roster: Roster,
  request: NewCohort,
): { roster: Roster; cohort: Cohort; promoted: Membership[] } {
  assertValid(
    Number.isInteger(request.maxSize) && request.maxSize >= 1 && request.maxSize <= MAX_COHORT_SIZE
      ? []
      : [
          {
            field: 'maxSize',
            rule: 'range',
            message: `must be a whole number from 1 to ${MAX_COHORT_SIZE}`,
          },
        ],
  );
  assertSlotInSchedule(roster, request.slot, 'slot');
  const slot = findSlot(roster.group.schedule, request.slot);
  if (slot && sameSlotCohorts(activeCohorts(roster), request.slot).length >= slot.maxCohorts) {
    throw new GroupsError(
      GroupsErrorCode.SlotFull,
      `${slotKey(request.slot)} already holds ${slot.maxCohorts} cohort(s).`,
      [
        {
          field: 'slot',
          rule: 'max-cohorts',
          message: `holds at most ${slot.maxCohorts} cohort(s) at once`,
        },
      ],
    );
  }
  if (request.arrangementLimit !== null && request.maxSize > request.arrangementLimit) {
    throw new GroupsError(
      GroupsErrorCode.CohortAboveArrangementLimit,
      `Cohorts hold at most ${request.arrangementLimit} members while the current arrangement is in force.`,
      [
        {
          field: 'maxSize',
          rule: 'arrangement-limit',
          message: `must be at most ${request.arrangementLimit}`,
        },
      ],
    );
  }
  const cohort: Cohort = {
    id: request.cohortId,
    tenantId: roster.group.tenantId,
    groupId: roster.group.id,
    slot: { weekday: request.slot.weekday, startTime: request.slot.startTime },
    maxSize: request.maxSize,
    status: 'active',
    createdAt: request.now,
  };
  const promotion = promoteWaitlisted(withCohort(roster, cohort));
  return { roster: promotion.roster, cohort, promoted: promotion.promoted };
}
