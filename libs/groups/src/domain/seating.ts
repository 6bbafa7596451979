import { notFound, staleVersion, type FieldViolation } from '@lavterskel/kernel';
import type { Cohort } from './cohort';
import { GroupsError, GroupsErrorCode } from './groups-error';
import type { Membership } from './membership';
import {
  activeCohorts,
  activeMembers,
  currentMembership,
  seatsLeft,
  waitlist,
  withMember,
  type Roster,
} from './roster';
import { compareSlots, findSlot, sameSlot, slotKey, type TimeSlot } from './schedule';

/**
 * The cohort a member is seated in: the roomiest active cohort in the preferred slot, else the
 * roomiest anywhere (then by slot and id); undefined when every cohort is full.
 */
export function chooseCohort(roster: Roster, preferredSlot: TimeSlot | null): Cohort | undefined {
  const open = activeCohorts(roster)
    .filter((cohort) => seatsLeft(roster, cohort) > 0)
    .sort(
      (a, b) =>
        seatsLeft(roster, b) - seatsLeft(roster, a) ||
        compareSlots(a.slot, b.slot) ||
        (a.id < b.id ? -1 : 1),
    );
  return (
    (preferredSlot ? open.find((cohort) => sameSlot(cohort.slot, preferredSlot)) : undefined) ??
    open[0]
  );
}

export function hasGroupSeat(roster: Roster): boolean {
  return activeMembers(roster).length < roster.group.capacity;
}

export function assertSlotInSchedule(roster: Roster, slot: TimeSlot, field: string): void {
  if (findSlot(roster.group.schedule, slot)) return;
  throw new GroupsError(
    GroupsErrorCode.SlotNotInSchedule,
    `${slotKey(slot)} is not in the group's schedule.`,
    [
      {
        field,
        rule: 'in-schedule',
        message: `must be one of the group's slots: ${roster.group.schedule.map(slotKey).join(', ')}`,
      },
    ],
  );
}

export interface JoinRequest {
  membershipId: string;
  clientId: string;
  /** A specific cohort; without it the client gets a seat wherever one is free. */
  cohortId?: string;
  preferredSlot?: TimeSlot;
  /** When no seat is free: wait for one instead of being refused. */
  waitlistIfFull: boolean;
  now: Date;
}

/** GR-2/GR-5: seats a client in a cohort with a free seat, or waitlists them, or refuses. */
export function joinRoster(
  roster: Roster,
  request: JoinRequest,
): { roster: Roster; membership: Membership } {
  if (currentMembership(roster, request.clientId)) {
    throw new GroupsError(
      GroupsErrorCode.AlreadyMember,
      'The client already is a member of this group, or on its waitlist.',
      [{ field: 'clientId', rule: 'one-membership', message: 'is already a member or waitlisted' }],
    );
  }
  if (request.preferredSlot) assertSlotInSchedule(roster, request.preferredSlot, 'preferredSlot');
  const chosen =
    request.cohortId === undefined
      ? undefined
      : activeCohorts(roster).find((cohort) => cohort.id === request.cohortId);
  if (request.cohortId !== undefined && !chosen) throw notFound('cohort');

  const preferredSlot = request.preferredSlot ?? chosen?.slot ?? null;
  const seat = !hasGroupSeat(roster)
    ? undefined
    : chosen
      ? seatsLeft(roster, chosen) > 0
        ? chosen
        : undefined
      : chooseCohort(roster, preferredSlot);
  if (!seat && !request.waitlistIfFull) throw full(hasGroupSeat(roster) ? chosen : undefined);

  const membership: Membership = {
    id: request.membershipId,
    tenantId: roster.group.tenantId,
    groupId: roster.group.id,
    clientId: request.clientId,
    status: seat ? 'active' : 'waitlisted',
    cohortId: seat?.id ?? null,
    preferredSlot,
    joinedAt: request.now,
    waitlistedAt: seat ? null : request.now,
    leftAt: null,
    version: 1,
  };
  return { roster: withMember(roster, membership), membership };
}

/** Refusal for a full cohort, or for a group with no seat at all (capacity reached or every cohort full). */
function full(cohort: Cohort | undefined): GroupsError {
  const violation: FieldViolation = cohort
    ? {
        field: 'cohortId',
        rule: 'free-seat',
        message: 'the cohort has no free seat; join the waitlist or choose another cohort',
      }
    : {
        field: 'groupId',
        rule: 'free-seat',
        message: 'the group has no free seat; join the waitlist',
      };
  return cohort
    ? new GroupsError(GroupsErrorCode.CohortFull, 'The cohort is full.', [violation])
    : new GroupsError(GroupsErrorCode.GroupFull, 'The group has no free seat.', [violation]);
}

/** Ends a client's membership; their seat goes to the first waiting member who fits. */
export function leaveRoster(
  roster: Roster,
  request: { clientId: string; expectedVersion: number; now: Date },
): { roster: Roster; membership: Membership; promoted: Membership[] } {
  const current = currentMembership(roster, request.clientId);
  if (!current) throw notFound('membership');
  if (current.version !== request.expectedVersion) throw staleVersion();
  const membership: Membership = {
    ...current,
    status: 'left',
    cohortId: null,
    waitlistedAt: null,
    leftAt: request.now,
  };
  const promotion = promoteWaitlisted(withMember(roster, membership));
  return { roster: promotion.roster, membership, promoted: promotion.promoted };
}

/** Seats waiting members, first come first served, while the group and some cohort have room. */
export function promoteWaitlisted(roster: Roster): { roster: Roster; promoted: Membership[] } {
  let current = roster;
  const promoted: Membership[] = [];
  for (const waiting of waitlist(roster)) {
    const seat = hasGroupSeat(current) ? chooseCohort(current, waiting.preferredSlot) : undefined;
    if (!seat) break;
    const member: Membership = {
      ...waiting,
      status: 'active',
      cohortId: seat.id,
      waitlistedAt: null,
    };
    current = withMember(current, member);
    promoted.push(member);
  }
  return { roster: current, promoted };
}
