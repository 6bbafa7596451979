import { notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import { visibleClients } from './client-visibility';
import { cohortAsFhirGroup, type FhirGroup } from './cohort-fhir';
import { AuditResource, type GroupsPorts } from './ports';
import { activeMembers } from './roster';

export interface ExportCohortInput {
  actor: Actor;
  groupId: string;
  cohortId: string;
  /** Shows members outside the actor's care relations too, each audited as break-the-glass. */
  breakGlassReason?: string;
}

/** a cohort as a FHIR R4 Group, with the members the caller may see. */
export class ExportCohortUseCase {
  constructor(
    private readonly ports: Pick<GroupsPorts, 'unitOfWork' | 'audit' | 'careRelations' | 'rosters'>,
  ) {}

  async execute(input: ExportCohortInput): Promise<FhirGroup> {
    const groupId = parseUuid(input.groupId, 'groupId');
    const cohortId = parseUuid(input.cohortId, 'cohortId');
    return this.ports.unitOfWork.run(async () => {
      const roster = await this.ports.rosters.read(input.actor.tenantId, groupId);
      const cohort = roster?.cohorts.find((candidate) => candidate.id === cohortId);
      if (!roster || !cohort) throw notFound('cohort');
      const members = activeMembers(roster, cohort.id).map((member) => member.clientId);
      const visible = await visibleClients(
        { actor: input.actor, clientIds: members, breakGlassReason: input.breakGlassReason },
        this.ports,
      );
      await this.ports.audit.record({
        actor: input.actor,
        action: 'export',
        resourceType: AuditResource.cohort,
        resourceId: cohort.id,
        clientIds: [...visible],
      });
      return cohortAsFhirGroup({
        group: roster.group,
        cohort,
        memberCount: members.length,
        visibleClientIds: [...visible],
      });
    });
  }
}
