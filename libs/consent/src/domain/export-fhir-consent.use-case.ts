import { notFound } from '@lavterskel/kernel';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';
import { toFhirConsent, type FhirConsent } from './consent-fhir';
import type { ConsentQuery } from './get-consent.use-case';

/** The current version of a consent as FHIR R4 `Consent` (CO-5). */
export class ExportFhirConsent {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(query: ConsentQuery): Promise<FhirConsent> {
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
        action: 'export',
        resourceType: 'consent',
        resourceId: consent.id,
        clientId: consent.clientId,
        reason: 'FHIR Consent export',
      });
      return toFhirConsent(consent, {
        vocabulary: this.deps.vocabulary,
        at: this.deps.clock.now(),
      });
    });
  }
}
