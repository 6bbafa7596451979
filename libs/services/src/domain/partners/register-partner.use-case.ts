import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertValid } from '../shared/validation';
import { partnerViolations, type Partner, type PartnerDetails } from './partner';

export interface RegisterPartnerInput extends PartnerDetails {
  actor: Actor;
}

/** Adds a partner organisation (SV-7): an NGO, DPS/TSB, NAV, a pharmacy, a GP … */
export class RegisterPartner {
  constructor(
    private readonly ports: Pick<ServicesPorts, 'partners' | 'audit' | 'unitOfWork' | 'clock'>,
  ) {}

  async execute({ actor, ...details }: RegisterPartnerInput): Promise<Partner> {
    assertValid(partnerViolations(details));
    const partner: Partner = {
      ...details,
      id: newId(),
      tenantId: actor.tenantId,
      name: details.name.trim(),
      createdAt: this.ports.clock.now(),
    };
    return this.ports.unitOfWork.run(async () => {
      await this.ports.partners.insert(partner);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'partner',
        resourceId: partner.id,
      });
      return partner;
    });
  }
}
