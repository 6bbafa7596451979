import { notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { responsibilityGroupCareTeam, type FhirCareTeam } from './responsibility-group-fhir';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'responsibilityGroups' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** the responsibility group as a FHIR CareTeam (audited as an export). */
export class ExportResponsibilityGroupFhir {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest): Promise<FhirCareTeam> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const group = await this.deps.responsibilityGroups.find(input.actor.tenantId, client.id);
      if (!group) throw notFound('responsibility group');
      await this.deps.audit.record({
        actor: input.actor,
        action: 'export',
        resourceType: 'responsibility-group',
        resourceId: group.id,
        clientId: client.id,
      });
      return responsibilityGroupCareTeam(group);
    });
  }
}
