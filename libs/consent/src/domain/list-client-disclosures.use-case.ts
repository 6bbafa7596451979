import { parseUuid, type Page } from '@lavterskel/kernel';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';
import type { Disclosure } from './disclosure';
import type { ClientQuery } from './list-client-consents.use-case';

/** Everything shared about a client, newest first: the client's right of access (innsyn, CO-3). */
export class ListClientDisclosures {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(query: ClientQuery): Promise<Page<Disclosure>> {
    const { actor } = query;
    const clientId = parseUuid(query.clientId, 'clientId');
    return this.deps.unitOfWork.run(async () => {
      await authorizeConsentAccess(
        { actor, clientId, breakGlassReason: query.breakGlassReason, privacyOfficerMay: true },
        this.deps,
      );
      const page = await this.deps.disclosures.pageOfClient(actor.tenantId, clientId, query.page);
      await this.deps.audit.record({
        actor,
        action: 'search',
        resourceType: 'disclosure',
        clientId,
        reason: 'disclosure log (right of access)',
      });
      return page;
    });
  }
}
