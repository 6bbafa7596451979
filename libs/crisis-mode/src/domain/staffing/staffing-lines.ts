import type { AvailableStaff, CatalogueService } from '../other-libraries';
import type { CrisisLevel } from '../plan/crisis-plan';
import { coversDay, type BackupAssignment } from './backup-assignment';

/** Without a crisis, or without a minimum in the level, a critical service needs one per competency. */
export const DEFAULT_MINIMUM = 1;
/** Candidates shown per line: enough to pick a back-up from. */
export const MAX_CANDIDATES_SHOWN = 10;

export interface StaffOnLine {
  readonly staffId: string;
  readonly name: string;
  /** `team`: works in the team that runs the service; `backup`: assigned for the period. */
  readonly via: 'team' | 'backup';
  readonly assignmentId: string | null;
}

export interface StaffingLine {
  /** `null`: the service requires no competency; its own team staffs it. */
  readonly competency: string | null;
  readonly minimum: number;
  readonly available: readonly StaffOnLine[];
  /** max(0, minimum − available). */
  readonly gap: number;
  /** Available staff holding the competency who do not count yet: who could be assigned. */
  readonly candidates: readonly { staffId: string; name: string }[];
  readonly candidateCount: number;
}

export interface ServiceStaffing {
  readonly service: Pick<CatalogueService, 'id' | 'name' | 'teamId' | 'mode'>;
  readonly lines: readonly StaffingLine[];
  readonly gap: number;
}

/**
 * CR-5 for every critical service on one day: per competency (those the service requires,
 * and any the level sets a minimum for), the trained staff available that day who work in the
 * service's team or are assigned back-up for it, against the level's minimum. `staff` is the
 * roster's available staff that day (sick, quarantined and lent-to-partner staff are not in
 * it: they count as away), with the competencies valid that day.
 */
export function staffingLines(input: {
  services: readonly CatalogueService[];
  staff: readonly AvailableStaff[];
  backups: readonly BackupAssignment[];
  level: CrisisLevel | null;
  on: string;
}): ServiceStaffing[] {
  const { staff, level, on } = input;
  const backups = input.backups.filter((backup) => coversDay(backup, on));
  const byName = [...staff].sort(
    (a, b) => a.name.localeCompare(b.name, 'nb') || compare(a.staffId, b.staffId),
  );
  return input.services
    .filter((service) => service.critical)
    .sort((a, b) => a.name.localeCompare(b.name, 'nb') || compare(a.id, b.id))
    .map((service) => {
      const lines = competenciesOf(service, level).map((competency) =>
        lineOf({ service, competency, staff: byName, backups, level }),
      );
      const { id, name, teamId, mode } = service;
      return {
        service: { id, name, teamId, mode },
        lines,
        gap: lines.reduce((sum, line) => sum + line.gap, 0),
      };
    });
}

/** The service's required competencies, then those only the level names, sorted. */
export function competenciesOf(
  service: CatalogueService,
  level: CrisisLevel | null,
): (string | null)[] {
  const required = [...new Set(service.requiredCompetencies)];
  const extra = minimumsOf(service, level)
    .map((minimum) => minimum.competency)
    .filter((competency) => !required.includes(competency));
  const all = [...required, ...[...new Set(extra)].sort()];
  return all.length > 0 ? all : [null];
}

function minimumsOf(service: CatalogueService, level: CrisisLevel | null) {
  const id = service.id.toLowerCase();
  return (level?.staffing ?? []).filter((minimum) => minimum.serviceId.toLowerCase() === id);
}

function lineOf(input: {
  service: CatalogueService;
  competency: string | null;
  staff: readonly AvailableStaff[];
  backups: readonly BackupAssignment[];
  level: CrisisLevel | null;
}): StaffingLine {
  const { service, competency, level } = input;
  const named = minimumsOf(service, level).filter((m) => m.competency === competency);
  const minimum = named.length > 0 ? Math.max(...named.map((m) => m.minimum)) : DEFAULT_MINIMUM;
  const serviceId = service.id.toLowerCase();
  const assignmentOf = (staffId: string) =>
    input.backups.find(
      (backup) =>
        backup.serviceId.toLowerCase() === serviceId &&
        backup.competency === competency &&
        backup.staffId.toLowerCase() === staffId.toLowerCase(),
    );
  const available: StaffOnLine[] = [];
  const candidates: { staffId: string; name: string }[] = [];
  for (const member of input.staff) {
    const inTeam = member.teamIds.includes(service.teamId);
    if (competency === null) {
      if (inTeam)
        available.push({
          staffId: member.staffId,
          name: member.name,
          via: 'team',
          assignmentId: null,
        });
      continue;
    }
    if (!member.competencies.includes(competency)) continue;
    const assignment = inTeam ? undefined : assignmentOf(member.staffId);
    if (inTeam || assignment) {
      available.push({
        staffId: member.staffId,
        name: member.name,
        via: inTeam ? 'team' : 'backup',
        assignmentId: assignment?.id ?? null,
      });
    } else {
      candidates.push({ staffId: member.staffId, name: member.name });
    }
  }
  return {
    competency,
    minimum,
    available,
    gap: Math.max(0, minimum - available.length),
    candidates: candidates.slice(0, MAX_CANDIDATES_SHOWN),
    candidateCount: candidates.length,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
