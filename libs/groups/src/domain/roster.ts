import type { Cohort } from './cohort';
import type { Group } from './group';
import type { Membership } from './membership';
import { compareSlots, sameSlot, type TimeSlot } from './schedule';

/**
 * A group with its cohorts and current members: the unit every seating rule works on, loaded
 * under a lock on the group row so that seats are counted and taken by one transaction at a time.
 */
export interface Roster {
  readonly group: Group;
  /** Every cohort of the group, dissolved ones included. */
  readonly cohorts: readonly Cohort[];
  /** Memberships that are active or waitlisted (and those a rule has just ended). */
  readonly members: readonly Membership[];
}

export function activeCohorts(roster: Roster): Cohort[] {
  return roster.cohorts.filter((cohort) => cohort.status === 'active');
}

export function activeMembers(roster: Roster, cohortId?: string): Membership[] {
  return roster.members.filter(
    (member) =>
      member.status === 'active' && (cohortId === undefined || member.cohortId === cohortId),
  );
}

export function seatsLeft(roster: Roster, cohort: Cohort): number {
  return cohort.maxSize - activeMembers(roster, cohort.id).length;
}

/** Waiting members, first come first served (then by id, for a stable order). */
export function waitlist(roster: Roster): Membership[] {
  return roster.members
    .filter((member) => member.status === 'waitlisted')
    .sort(
      (a, b) =>
        (a.waitlistedAt?.getTime() ?? 0) - (b.waitlistedAt?.getTime() ?? 0) ||
        (a.id < b.id ? -1 : 1),
    );
}

export function currentMembership(roster: Roster, clientId: string): Membership | undefined {
  return roster.members.find((member) => member.clientId === clientId && member.status !== 'left');
}

export function withMember(roster: Roster, member: Membership): Roster {
  const exists = roster.members.some((candidate) => candidate.id === member.id);
  return {
    ...roster,
    members: exists
      ? roster.members.map((candidate) => (candidate.id === member.id ? member : candidate))
      : [...roster.members, member],
  };
}

export function withCohort(roster: Roster, cohort: Cohort): Roster {
  const exists = roster.cohorts.some((candidate) => candidate.id === cohort.id);
  return {
    ...roster,
    cohorts: exists
      ? roster.cohorts.map((candidate) => (candidate.id === cohort.id ? cohort : candidate))
      : [...roster.cohorts, cohort],
  };
}

/** Cohorts in a stable order: by slot, then id. */
export function sortCohorts(cohorts: readonly Cohort[]): Cohort[] {
  return [...cohorts].sort((a, b) => compareSlots(a.slot, b.slot) || (a.id < b.id ? -1 : 1));
}

/**
 * What to write to turn `before` into `after`. An updated membership carries its new version;
 * the stored one is `version - 1` (repositories update on that, so a lost update cannot pass).
 */
export interface RosterChanges {
  readonly insertedCohorts: readonly Cohort[];
  readonly updatedCohorts: readonly Cohort[];
  readonly insertedMembers: readonly Membership[];
  readonly updatedMembers: readonly Membership[];
  readonly arrangementChanges: readonly { groupId: string; activeArrangementId: string | null }[];
}

export const NO_CHANGES: RosterChanges = {
  insertedCohorts: [],
  updatedCohorts: [],
  insertedMembers: [],
  updatedMembers: [],
  arrangementChanges: [],
};

export function rosterChanges(before: Roster, after: Roster): RosterChanges {
  const cohortsBefore = new Map(before.cohorts.map((cohort) => [cohort.id, cohort]));
  const membersBefore = new Map(before.members.map((member) => [member.id, member]));
  const changedCohort = (cohort: Cohort, old: Cohort) =>
    cohort.maxSize !== old.maxSize || cohort.status !== old.status;
  const changedMember = (member: Membership, old: Membership) =>
    member.status !== old.status ||
    member.cohortId !== old.cohortId ||
    member.waitlistedAt?.getTime() !== old.waitlistedAt?.getTime() ||
    member.leftAt?.getTime() !== old.leftAt?.getTime();
  return {
    insertedCohorts: after.cohorts.filter((cohort) => !cohortsBefore.has(cohort.id)),
    updatedCohorts: after.cohorts.filter((cohort) => {
      const old = cohortsBefore.get(cohort.id);
      return old !== undefined && changedCohort(cohort, old);
    }),
    insertedMembers: after.members.filter((member) => !membersBefore.has(member.id)),
    updatedMembers: after.members.flatMap((member) => {
      const old = membersBefore.get(member.id);
      return old !== undefined && changedMember(member, old)
        ? [{ ...member, version: old.version + 1 }]
        : [];
    }),
    arrangementChanges:
      after.group.activeArrangementId === before.group.activeArrangementId
        ? []
        : [{ groupId: after.group.id, activeArrangementId: after.group.activeArrangementId }],
  };
}

export function mergeChanges(changes: readonly RosterChanges[]): RosterChanges {
  return {
    insertedCohorts: changes.flatMap((change) => change.insertedCohorts),
    updatedCohorts: changes.flatMap((change) => change.updatedCohorts),
    insertedMembers: changes.flatMap((change) => change.insertedMembers),
    updatedMembers: changes.flatMap((change) => change.updatedMembers),
    arrangementChanges: changes.flatMap((change) => change.arrangementChanges),
  };
}

export function sameSlotCohorts(cohorts: readonly Cohort[], slot: TimeSlot): Cohort[] {
  return cohorts.filter((cohort) => sameSlot(cohort.slot, slot));
}
