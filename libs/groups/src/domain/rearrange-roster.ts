import type { ArrangementSnapshot } from './arrangement';
import type { Cohort } from './cohort';
import type { Membership } from './membership';
import { recohort } from './recohort';
import { activeCohorts, activeMembers, type Roster } from './roster';
import { slotKey, type TimeSlot } from './schedule';

export interface RearrangeRequest {
  arrangementId: string;
  maxSize: number;
  now: Date;
  /** Ids for the cohorts the arrangement opens. */
  newCohortId: () => string;
}

/** A member the arrangement could not seat: a follow-up for the caller (crisis mode makes it a task). */
export interface UnplacedMember {
  readonly membershipId: string;
  readonly clientId: string;
  readonly groupId: string;
  readonly previousCohortId: string;
  readonly preferredSlot: TimeSlot | null;
}

export interface Rearranged {
  roster: Roster;
  snapshot: ArrangementSnapshot;
  /** Members now seated in another cohort. */
  moved: Membership[];
  /** Members no cohort could take: now waitlisted, and returned for follow-up. */
  unplaced: UnplacedMember[];
}

/**
 * Applies cohort size `maxSize` to one group with `recohort`: kept cohorts shrink to at most
 * N, new cohorts open where slots have room, dissolved cohorts stop meeting, and members
 * without a seat go on the waitlist. The snapshot records what restoring must undo.
 */
export function rearrangeRoster(roster: Roster, request: RearrangeRequest): Rearranged {
  const cohorts = activeCohorts(roster);
  const members = activeMembers(roster);
  const slots = new Map<string, TimeSlot>(
    roster.group.schedule.map((slot) => [slotKey(slot), slot]),
  );
  const plan = recohort({
    maxSize: request.maxSize,
    cohorts: cohorts.map((cohort) => ({
      id: cohort.id,
      slot: slotKey(cohort.slot),
      maxSize: cohort.maxSize,
      members: members
        .filter((member) => member.cohortId === cohort.id)
        .map((member) =>
          member.preferredSlot
            ? { id: member.id, preferredSlot: slotKey(member.preferredSlot) }
            : { id: member.id },
        ),
    })),
    slots: roster.group.schedule.map((slot) => ({
      slot: slotKey(slot),
      maxCohorts: slot.maxCohorts,
    })),
  });

  const openedByRef = new Map<string, Cohort>();
  for (const planned of plan.cohorts) {
    const slot = slots.get(planned.slot);
    if (planned.existing || !slot) continue;
    openedByRef.set(planned.ref, {
      id: request.newCohortId(),
      tenantId: roster.group.tenantId,
      groupId: roster.group.id,
      slot: { weekday: slot.weekday, startTime: slot.startTime },
      maxSize: request.maxSize,
      status: 'active',
      createdAt: request.now,
    });
  }
  const opened = [...openedByRef.values()];
  const dissolved = new Set(plan.dissolved);
  const target = new Map(
    plan.moves.map((move) => [move.memberId, openedByRef.get(move.to)?.id ?? move.to]),
  );
  const unplacedIds = new Set(plan.unplaced.map((entry) => entry.memberId));

  const nextCohorts = roster.cohorts.map((cohort): Cohort => {
    if (cohort.status !== 'active') return cohort;
    if (dissolved.has(cohort.id)) return { ...cohort, status: 'dissolved' };
    return { ...cohort, maxSize: Math.min(cohort.maxSize, request.maxSize) };
  });
  const nextMembers = roster.members.map((member): Membership => {
    const to = target.get(member.id);
    if (to !== undefined) return { ...member, cohortId: to };
    if (unplacedIds.has(member.id))
      return { ...member, status: 'waitlisted', cohortId: null, waitlistedAt: request.now };
    return member;
  });
  const changed = (member: Membership) => target.has(member.id) || unplacedIds.has(member.id);

  return {
    roster: {
      group: { ...roster.group, activeArrangementId: request.arrangementId },
      cohorts: [...nextCohorts, ...opened],
      members: nextMembers,
    },
    snapshot: {
      cohorts: [
        ...cohorts.map((cohort) => ({
          cohortId: cohort.id,
          groupId: roster.group.id,
          previous: { maxSize: cohort.maxSize, status: cohort.status },
        })),
        ...opened.map((cohort) => ({
          cohortId: cohort.id,
          groupId: roster.group.id,
          previous: null,
        })),
      ],
      members: members.flatMap((member) =>
        changed(member) && member.cohortId
          ? [
              {
                membershipId: member.id,
                groupId: roster.group.id,
                previousCohortId: member.cohortId,
              },
            ]
          : [],
      ),
    },
    moved: nextMembers.filter((member) => target.has(member.id)),
    unplaced: plan.unplaced.flatMap((entry) => {
      const member = roster.members.find((candidate) => candidate.id === entry.memberId);
      return member
        ? [
            {
              membershipId: member.id,
              clientId: member.clientId,
              groupId: member.groupId,
              previousCohortId: entry.from,
              preferredSlot: member.preferredSlot,
            },
          ]
        : [];
    }),
  };
}
