import { notFound, parseUuid, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import { visibleClients } from './client-visibility';
import type { Membership, MembershipStatus } from './membership';
import { AuditResource, type GroupsPorts } from './ports';

export interface ListMembersInput extends PageRequest {
  actor: Actor;
  groupId: string;
  status?: MembershipStatus;
  /** Shows members outside the actor's care relations too, each audited as break-the-glass. */
  breakGlassReason?: string;
}

export interface MemberPage extends Page<Membership> {
  /** Members on this page left out because the actor has no care relation to them. */
  withheld: number;
}

/** A group's members by join time, limited to the clients the actor may see. */
export class ListMembersUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'careRelations' | 'groups' | 'rosters'
    >,
  ) {}

  async execute(input: ListMembersInput): Promise<MemberPage> {
    const groupId = parseUuid(input.groupId, 'groupId');
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      if (!(await this.ports.groups.find(actor.tenantId, groupId))) throw notFound('group');
      const page = await this.ports.rosters.listMembers({
        tenantId: actor.tenantId,
        groupId,
        status: input.status,
        limit: input.limit,
        cursor: input.cursor,
      });
      const visible = await visibleClients(
        {
          actor,
          clientIds: page.items.map((member) => member.clientId),
          breakGlassReason: input.breakGlassReason,
        },
        this.ports,
      );
      const items = page.items.filter((member) => visible.has(member.clientId));
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: AuditResource.membership,
        resourceId: groupId,
        clientIds: items.map((member) => member.clientId),
      });
      return { items, nextCursor: page.nextCursor, withheld: page.items.length - items.length };
    });
  }
}
