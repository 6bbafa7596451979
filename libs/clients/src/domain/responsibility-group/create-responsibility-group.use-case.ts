import { newId, osloDate } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import { askMemberConsents } from './ask-member-consents';
import type { ResponsibilityGroup } from './responsibility-group';
import { responsibilityGroupExists } from './responsibility-group-errors';
import {
  validateResponsibilityGroup,
  type ResponsibilityGroupEntry,
} from './responsibility-group-rules';

type Dependencies = Pick<
  ClientsDependencies,
  | 'clients'
  | 'responsibilityGroups'
  | 'relatives'
  | 'externalSharing'
  | 'careRelations'
  | 'unitOfWork'
  | 'audit'
  | 'clock'
>;

/** Forms the client's responsibility group, version 1; each external member's consent is asked. */
export class CreateResponsibilityGroup {
  constructor(private readonly deps: Dependencies) {}

  async execute(
    input: ClientRecordRequest & ResponsibilityGroupEntry,
  ): Promise<ResponsibilityGroup> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const tenantId = input.actor.tenantId;
      if (await this.deps.responsibilityGroups.find(tenantId, client.id))
        throw responsibilityGroupExists();
      const now = this.deps.clock.now();
      const violations = new Violations();
      const checked = validateResponsibilityGroup(
        input,
        {
          current: [],
          relatives: await this.deps.relatives.listByClient(tenantId, client.id),
          today: osloDate(now),
        },
        violations,
      );
      violations.throwIfAny();
      const members = await askMemberConsents(checked.members, {
        actor: input.actor,
        clientId: client.id,
        categories: checked.categories,
        current: [],
        at: now,
        sharing: this.deps.externalSharing,
        violations,
      });
      violations.throwIfAny();
      const group: ResponsibilityGroup = {
        id: newId(),
        clientId: client.id,
        categories: checked.categories,
        members,
        version: 1,
        createdAt: now,
        updatedBy: input.actor.subject,
        updatedAt: now,
      };
      await this.deps.responsibilityGroups.insert(tenantId, group);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'responsibility-group',
        resourceId: group.id,
        clientId: client.id,
      });
      return group;
    });
  }
}
