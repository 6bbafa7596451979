import type { ArrangementSnapshot } from './arrangement';
import type { Cohort } from './cohort';
import type { Membership } from './membership';
import { activeCohorts, withMember, type Roster } from './roster';
import { chooseCohort, promoteWaitlisted } from './seating';

export interface Restored {
  roster: Roster;
  /** Members back in the cohort they had before the arrangement. */
  returned: Membership[];
  /** Members who joined during the arrangement, seated in a cohort that closes now. */
  reseated: Membership[];
  /** Of those, the ones no cohort could take: they wait for a seat. */
  waitlisted: Membership[];
  /** Waiting members who got a seat freed by the restore. */
  promoted: Membership[];
}

/**
 * Undoes an arrangement on one group: cohorts get back their size and status, cohorts it
 * opened close, and every member it moved (and who is still a member) returns to their
 * cohort. Members who joined meanwhile keep their seat, or get one in a remaining cohort.
 */
export function restoreRoster(roster: Roster, snapshot: ArrangementSnapshot, now: Date): Restored {
  const before = new Map(snapshot.cohorts.map((entry) => [entry.cohortId, entry.previous]));
  const cohorts = roster.cohorts.map((cohort): Cohort => {
    if (!before.has(cohort.id)) return cohort;
    const previous = before.get(cohort.id);
    return previous
      ? { ...cohort, maxSize: previous.maxSize, status: previous.status }
      : { ...cohort, status: 'dissolved' };
  });
  const previousCohort = new Map(
    snapshot.members.map((entry) => [entry.membershipId, entry.previousCohortId]),
  );
  const returned: Membership[] = [];
  const members = roster.members.map((member): Membership => {
    const cohortId = previousCohort.get(member.id);
    if (cohortId === undefined || member.status === 'left') return member;
    const back: Membership = { ...member, status: 'active', cohortId, waitlistedAt: null };
    returned.push(back);
    return back;
  });

  let current: Roster = { group: { ...roster.group, activeArrangementId: null }, cohorts, members };
  const meeting = new Set(activeCohorts(current).map((cohort) => cohort.id));
  const homeless = members
    .filter(
      (member) =>
        member.status === 'active' && member.cohortId !== null && !meeting.has(member.cohortId),
    )
    .sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || (a.id < b.id ? -1 : 1));
  const reseated: Membership[] = [];
  const waitlisted: Membership[] = [];
  for (const member of homeless) {
    const seat = chooseCohort(current, member.preferredSlot);
    const next: Membership = seat
      ? { ...member, cohortId: seat.id }
      : { ...member, status: 'waitlisted', cohortId: null, waitlistedAt: now };
    (seat ? reseated : waitlisted).push(next);
    current = withMember(current, next);
  }
  const promotion = promoteWaitlisted(current);
  return { roster: promotion.roster, returned, reseated, waitlisted, promoted: promotion.promoted };
}
