import { notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { ResponsibilityGroup } from './responsibility-group';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'responsibilityGroups' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** The client's responsibility group, with each external's consent as last asked (no new decision). */
export class GetResponsibilityGroup {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest): Promise<ResponsibilityGroup> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const group = await this.deps.responsibilityGroups.find(input.actor.tenantId, client.id);
      if (!group) throw notFound('responsibility group');
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'responsibility-group',
        resourceId: group.id,
        clientId: client.id,
      });
      return group;
    });
  }
}
