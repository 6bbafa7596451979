import { notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import { grantConsent, parseConsentTerms, type Consent, type ConsentTermsInput } from './consent';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';

export interface GrantConsentInput {
  actor: Actor;
  clientId: string;
  terms: ConsentTermsInput;
  breakGlassReason?: string;
}

/**
 * Records a consent the client has given (CO-1), as its version 1. The client must be on the
 * registry's roster: an unknown id answers `notFound('client')`, like one out of reach.
 */
export class GrantConsent {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(input: GrantConsentInput): Promise<Consent> {
    const { actor } = input;
    const at = this.deps.clock.now();
    const clientId = parseUuid(input.clientId, 'clientId');
    const terms = parseConsentTerms(input.terms, { vocabulary: this.deps.vocabulary, at });
    return this.deps.unitOfWork.run(async () => {
      if (!(await this.deps.roster.isClient({ actor, clientId }))) throw notFound('client');
      await authorizeConsentAccess(
        { actor, clientId, breakGlassReason: input.breakGlassReason },
        this.deps,
      );
      const consent = grantConsent({ actor, clientId, terms, at });
      await this.deps.consents.add(consent);
      await this.deps.audit.record({
        actor,
        action: 'create',
        resourceType: 'consent',
        resourceId: consent.id,
        clientId,
        reason: `consent given (${terms.method})`,
      });
      return consent;
    });
  }
}
