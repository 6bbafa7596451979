import type { Cohort } from './cohort';
import type { Group } from './group';
import { activeCohorts, activeMembers, sortCohorts, waitlist, type Roster } from './roster';

export interface CohortSummary {
  readonly cohort: Cohort;
  /** Active members seated in it. */
  readonly members: number;
}

/** A group with its meeting cohorts and head counts; no client ids. */
export interface GroupOverview {
  readonly group: Group;
  readonly cohorts: readonly CohortSummary[];
  readonly activeMembers: number;
  readonly waitlisted: number;
}

export function cohortSummary(roster: Roster, cohort: Cohort): CohortSummary {
  return { cohort, members: activeMembers(roster, cohort.id).length };
}

export function overviewOf(roster: Roster): GroupOverview {
  return {
    group: roster.group,
    cohorts: sortCohorts(activeCohorts(roster)).map((cohort) => cohortSummary(roster, cohort)),
    activeMembers: activeMembers(roster).length,
    waitlisted: waitlist(roster).length,
  };
}
