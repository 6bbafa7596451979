import { staleVersion } from '@lavterskel/kernel';
import { groupFieldViolations, type Group, type GroupFields } from './group';
import { GroupsError, GroupsErrorCode, assertValid } from './groups-error';
import type { Membership } from './membership';
import { activeCohorts, activeMembers, sameSlotCohorts, type Roster } from './roster';
import { findSlot, slotKey, sortSchedule, type ScheduleSlot } from './schedule';
import { promoteWaitlisted } from './seating';

/** What may change on a group; the owning service never does. */
export type GroupEdit = Partial<Omit<GroupFields, 'serviceId'>>;

/**
 * GR-1: renames, moves (indoor/outdoor/online), resizes or reschedules a group. A slot stays
 * while cohorts meet in it (or while an arrangement that may restore them is in force), and
 * capacity never drops below the active members. Freed seats go to the waitlist at once.
 */
export function editGroup(
  roster: Roster,
  request: { edit: GroupEdit; expectedVersion: number; now: Date },
): { roster: Roster; group: Group; promoted: Membership[] } {
  const { edit } = request;
  assertValid(groupFieldViolations(edit));
  if (roster.group.version !== request.expectedVersion) throw staleVersion();
  if (edit.schedule) assertScheduleKeepsCohorts(roster, edit.schedule);
  const members = activeMembers(roster).length;
  if (edit.capacity !== undefined && edit.capacity < members) {
    throw new GroupsError(
      GroupsErrorCode.CapacityBelowMembers,
      `The group has ${members} active members.`,
      [
        {
          field: 'capacity',
          rule: 'at-least-members',
          message: `must be at least the ${members} active members`,
        },
      ],
    );
  }
  const group: Group = {
    ...roster.group,
    ...(edit.name !== undefined ? { name: edit.name.trim() } : {}),
    ...(edit.locationKind !== undefined ? { locationKind: edit.locationKind } : {}),
    ...(edit.capacity !== undefined ? { capacity: edit.capacity } : {}),
    ...(edit.schedule !== undefined ? { schedule: sortSchedule(edit.schedule) } : {}),
    version: roster.group.version + 1,
    updatedAt: request.now,
  };
  const promotion = promoteWaitlisted({ ...roster, group });
  return { roster: promotion.roster, group, promoted: promotion.promoted };
}

function assertScheduleKeepsCohorts(roster: Roster, schedule: readonly ScheduleSlot[]): void {
  const active = activeCohorts(roster);
  const mayReturn = roster.group.activeArrangementId === null ? active : roster.cohorts;
  const removed = mayReturn.find((cohort) => !findSlot(schedule, cohort.slot));
  if (removed) {
    throw new GroupsError(
      GroupsErrorCode.SlotInUse,
      `Cohorts meet ${slotKey(removed.slot)}; keep that slot in the schedule.`,
      [
        {
          field: 'schedule',
          rule: 'keeps-cohort-slots',
          message: `must keep ${slotKey(removed.slot)}, where cohorts meet`,
        },
      ],
    );
  }
  schedule.forEach((slot, index) => {
    const running = sameSlotCohorts(active, slot).length;
    if (running > slot.maxCohorts) {
      throw new GroupsError(
        GroupsErrorCode.SlotInUse,
        `${running} cohorts meet ${slotKey(slot)}.`,
        [
          {
            field: `schedule[${index}].maxCohorts`,
            rule: 'at-least-cohorts',
            message: `must be at least the ${running} cohorts meeting then`,
          },
        ],
      );
    }
  });
}
