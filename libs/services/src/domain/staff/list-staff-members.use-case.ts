import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { StaffMember } from './staff-member';

/** The municipality's staff, by name; one audit entry for the list. */
export class ListStaffMembers {
  constructor(private readonly ports: Pick<ServicesPorts, 'staff' | 'audit' | 'unitOfWork'>) {}

  async execute(input: { actor: Actor; page: PageRequest }): Promise<Page<StaffMember>> {
    return this.ports.unitOfWork.run(async () => {
      const page = await this.ports.staff.list(input.actor.tenantId, input.page);
      await this.ports.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: 'staff-member',
      });
      return page;
    });
  }
}
