import { notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import { overviewOf, type GroupOverview } from './group-overview';
import { AuditResource, type GroupsPorts } from './ports';

/** A group with its cohorts and head counts. */
export class GetGroupUseCase {
  constructor(private readonly ports: Pick<GroupsPorts, 'unitOfWork' | 'audit' | 'rosters'>) {}

  async execute(input: { actor: Actor; groupId: string }): Promise<GroupOverview> {
    const groupId = parseUuid(input.groupId, 'groupId');
    return this.ports.unitOfWork.run(async () => {
      const roster = await this.ports.rosters.read(input.actor.tenantId, groupId);
      if (!roster) throw notFound('group');
      await this.ports.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: AuditResource.group,
        resourceId: groupId,
      });
      return overviewOf(roster);
    });
  }
}
