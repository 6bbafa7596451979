import { withinPeriod, type IsoDate } from '../shared/calendar';
import type { AvailabilityPeriod, Competency, TeamMembership } from './staff-member';

export type DayAvailability = 'available' | 'absent' | 'off-duty';

/** Competency codes valid on `day`. */
export function validCompetencies(competencies: readonly Competency[], day: IsoDate): Set<string> {
  return new Set(
    competencies.filter((c) => withinPeriod(day, c.certifiedOn, c.expiresOn)).map((c) => c.code),
  );
}

/** On duty that day, unless sick, quarantined or lent out: an absence wins over the rota. */
export function availabilityOn(
  periods: readonly AvailabilityPeriod[],
  day: IsoDate,
): DayAvailability {
  const covering = periods.filter((period) => withinPeriod(day, period.from, period.to));
  if (covering.some((period) => period.status !== 'on-duty')) return 'absent';
  return covering.length > 0 ? 'available' : 'off-duty';
}

export function isTeamMemberOn(
  memberships: readonly TeamMembership[],
  teamId: string,
  day: IsoDate,
): boolean {
  return memberships.some((m) => m.teamId === teamId && withinPeriod(day, m.joinedOn, m.leftOn));
}

/**
 * Trained for a service on a day: holds every competency it requires, valid that day. A service
 * that requires none is staffed by the members of the team that runs it.
 */
export function isTrainedFor(
  service: { teamId: string; requiredCompetencies: readonly string[] },
  staff: { competencies: readonly Competency[]; memberships: readonly TeamMembership[] },
  day: IsoDate,
): boolean {
  if (service.requiredCompetencies.length === 0)
    return isTeamMemberOn(staff.memberships, service.teamId, day);
  const held = validCompetencies(staff.competencies, day);
  return service.requiredCompetencies.every((code) => held.has(code));
}
