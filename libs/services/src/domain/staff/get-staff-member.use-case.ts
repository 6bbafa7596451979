import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { StaffProfile } from './staff-member';

/** A staff member with teams, competencies and availability (sick leave is personal data: audited). */
export class GetStaffMember {
  constructor(private readonly ports: Pick<ServicesPorts, 'staff' | 'audit' | 'unitOfWork'>) {}

  async execute(input: { actor: Actor; staffId: string }): Promise<StaffProfile> {
    return this.ports.unitOfWork.run(async () => {
      const profile = await this.ports.staff.findProfile(input.actor.tenantId, input.staffId);
      if (!profile) throw notFound('staff member');
      await this.ports.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'staff-member',
        resourceId: input.staffId,
      });
      return profile;
    });
  }
}
