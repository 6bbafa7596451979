import { authorizeClientAccess, notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import type { Membership } from './membership';
import { AuditResource, type GroupsPorts } from './ports';

/** A client's membership of a group: status, cohort, version (for If-Match). */
export class GetMembershipUseCase {
  constructor(
    private readonly ports: Pick<GroupsPorts, 'unitOfWork' | 'audit' | 'careRelations' | 'rosters'>,
  ) {}

  async execute(input: {
    actor: Actor;
    groupId: string;
    clientId: string;
    breakGlassReason?: string;
  }): Promise<Membership> {
    const groupId = parseUuid(input.groupId, 'groupId');
    const clientId = parseUuid(input.clientId, 'clientId');
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      await authorizeClientAccess(
        { actor, clientId, breakGlassReason: input.breakGlassReason },
        this.ports,
      );
      const membership = await this.ports.rosters.findMembership(actor.tenantId, groupId, clientId);
      if (!membership) throw notFound('membership');
      await this.ports.audit.record({
        actor,
        action: 'read',
        resourceType: AuditResource.membership,
        resourceId: membership.id,
        clientId,
      });
      return membership;
    });
  }
}
