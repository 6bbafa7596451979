import { notFound, staleVersion, type Actor } from '@lavterskel/kernel';
import { amendConsent, parseConsentTerms, type Consent, type ConsentTermsInput } from './consent';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';

export interface AmendConsentInput {
  actor: Actor;
  consentId: string;
  /** The version the caller read (If-Match). */
  expectedVersion: number;
  terms: ConsentTermsInput;
  breakGlassReason?: string;
}

/** Changes a consent's terms as the client asked: a new version; the old one stays as it was. */
export class AmendConsent {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(input: AmendConsentInput): Promise<Consent> {
    const { actor } = input;
    const at = this.deps.clock.now();
    const terms = parseConsentTerms(input.terms, { vocabulary: this.deps.vocabulary, at });
    return this.deps.unitOfWork.run(async () => {
      const current = await this.deps.consents.currentForUpdate(actor.tenantId, input.consentId);
      if (!current) throw notFound('consent');
      await authorizeConsentAccess(
        {
          actor,
          clientId: current.clientId,
          breakGlassReason: input.breakGlassReason,
          resource: 'consent',
        },
        this.deps,
      );
      const next = amendConsent(current, { actor, terms, at });
      if (current.version !== input.expectedVersion) throw staleVersion();
      await this.deps.consents.appendVersion(next);
      await this.deps.audit.record({
        actor,
        action: 'update',
        resourceType: 'consent',
        resourceId: next.id,
        clientId: next.clientId,
        reason: `consent changed (${terms.method})`,
      });
      return next;
    });
  }
}
