import { notFound, type Actor } from '@lavterskel/kernel';
import { withdrawConsent, type Consent, type ConsentMethod } from './consent';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';

export interface WithdrawConsentInput {
  actor: Actor;
  consentId: string;
  /** How the client withdrew it. */
  method: ConsentMethod;
  reason?: string;
  breakGlassReason?: string;
}

/**
 * Withdraws a consent at once: the next decision no longer finds it. No If-Match: a
 * withdrawal does not depend on what the caller read, and must never wait for a re-read.
 */
export class WithdrawConsent {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(input: WithdrawConsentInput): Promise<Consent> {
    const { actor } = input;
    const at = this.deps.clock.now();
    return this.deps.unitOfWork.run(async () => {
      const current = await this.deps.consents.currentForUpdate(actor.tenantId, input.consentId);
      if (!current) throw notFound('consent');
      await authorizeConsentAccess(
        {
          actor,
          clientId: current.clientId,
          breakGlassReason: input.breakGlassReason,
          privacyOfficerMay: true,
          resource: 'consent',
        },
        this.deps,
      );
      const withdrawn = withdrawConsent(current, {
        actor,
        method: input.method,
        reason: input.reason,
        at,
      });
      await this.deps.consents.appendVersion(withdrawn);
      await this.deps.audit.record({
        actor,
        action: 'update',
        resourceType: 'consent',
        resourceId: withdrawn.id,
        clientId: withdrawn.clientId,
        reason: `consent withdrawn (${input.method})`,
      });
      return withdrawn;
    });
  }
}
