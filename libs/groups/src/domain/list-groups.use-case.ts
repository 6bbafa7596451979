import { parseUuid, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { Group } from './group';
import { AuditResource, type GroupsPorts } from './ports';

export interface ListGroupsInput extends PageRequest {
  actor: Actor;
  /** Only this service's groups. */
  serviceId?: string;
}

/** The municipality's groups by name, a page at a time. */
export class ListGroupsUseCase {
  constructor(private readonly ports: Pick<GroupsPorts, 'unitOfWork' | 'audit' | 'groups'>) {}

  async execute(input: ListGroupsInput): Promise<Page<Group>> {
    const serviceId =
      input.serviceId === undefined ? undefined : parseUuid(input.serviceId, 'serviceId');
    return this.ports.unitOfWork.run(async () => {
      const page = await this.ports.groups.list({
        tenantId: input.actor.tenantId,
        serviceId,
        limit: input.limit,
        cursor: input.cursor,
      });
      await this.ports.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: AuditResource.group,
      });
      return page;
    });
  }
}
