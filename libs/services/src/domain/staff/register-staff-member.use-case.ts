import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid, notBlank } from '../shared/validation';
import type { StaffMember } from './staff-member';

export interface RegisterStaffMemberInput {
  actor: Actor;
  name: string;
  subject: string | null;
  profession: string | null;
}

/** Adds a staff member (SV-2). */
export class RegisterStaffMember {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'staff' | 'audit' | 'unitOfWork' | 'clock'>,
  ) {}

  async execute({ actor, ...input }: RegisterStaffMemberInput): Promise<StaffMember> {
    assertValid([
      notBlank(input.name, 'name'),
      input.subject !== null && notBlank(input.subject, 'subject'),
    ]);
    const member: StaffMember = {
      ...input,
      id: newId(),
      tenantId: actor.tenantId,
      name: input.name.trim(),
      createdAt: this.ports.clock.now(),
    };
    return this.ports.unitOfWork.run(async () => {
      await this.ports.staff.insert(member);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'staff-member',
        resourceId: member.id,
      });
      return member;
    });
  }
}
