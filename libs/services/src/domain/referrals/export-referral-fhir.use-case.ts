import type { Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { ReferralParty } from './referral';
import { referralFhirBundle, type FhirParty, type FhirReferralBundle } from './referral-fhir';
import { readReferral } from './get-referral.use-case';

/** The referral as a FHIR ServiceRequest and Task (same access as reading it; audited as an export). */
export class ExportReferralFhir {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'referrals' | 'services' | 'partners' | 'careRelations' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  execute(input: {
    actor: Actor;
    referralId: string;
    breakGlassReason?: string;
  }): Promise<FhirReferralBundle> {
    return this.ports.unitOfWork.run(async () => {
      const { referral, history } = await readReferral(input, this.ports, 'export');
      return referralFhirBundle(referral, {
        from: await this.party(input.actor, referral.from),
        to: await this.party(input.actor, referral.to),
        history,
        at: this.ports.clock.now(),
      });
    });
  }

  private async party(actor: Actor, party: ReferralParty): Promise<FhirParty> {
    if (party.kind === 'service') {
      const service = await this.ports.services.findById(actor.tenantId, party.serviceId);
      return { serviceId: party.serviceId, name: service?.name ?? 'Municipal service' };
    }
    const partner = await this.ports.partners.findById(actor.tenantId, party.partnerId);
    return {
      organisationNumber: partner?.organisationNumber ?? null,
      name: partner?.name ?? 'Partner organisation',
    };
  }
}
