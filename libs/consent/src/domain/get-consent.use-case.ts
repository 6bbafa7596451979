import { notFound, type Actor } from '@lavterskel/kernel';
import type { Consent } from './consent';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';

export interface ConsentQuery {
  actor: Actor;
  consentId: string;
  breakGlassReason?: string;
}

/** The current version of one consent. */
export class GetConsent {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(query: ConsentQuery): Promise<Consent> {
    const { actor } = query;
    return this.deps.unitOfWork.run(async () => {
      const consent = await this.deps.consents.current(actor.tenantId, query.consentId);
      if (!consent) throw notFound('consent');
      await authorizeConsentAccess(
        {
          actor,
          clientId: consent.clientId,
          breakGlassReason: query.breakGlassReason,
          privacyOfficerMay: true,
          resource: 'consent',
        },
        this.deps,
      );
      await this.deps.audit.record({
        actor,
        action: 'read',
        resourceType: 'consent',
        resourceId: consent.id,
        clientId: consent.clientId,
      });
      return consent;
    });
  }
}
