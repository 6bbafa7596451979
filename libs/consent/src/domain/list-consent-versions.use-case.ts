import { notFound } from '@lavterskel/kernel';
import type { Consent } from './consent';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';
import type { ConsentQuery } from './get-consent.use-case';

/** Every version of one consent, oldest first: its full history, as recorded. */
export class ListConsentVersions {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(query: ConsentQuery): Promise<Consent[]> {
    const { actor } = query;
    return this.deps.unitOfWork.run(async () => {
      const versions = await this.deps.consents.versions(actor.tenantId, query.consentId);
      const first = versions[0];
      if (!first) throw notFound('consent');
      await authorizeConsentAccess(
        {
          actor,
          clientId: first.clientId,
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
        resourceId: first.id,
        clientId: first.clientId,
        reason: 'version history',
      });
      return versions;
    });
  }
}
