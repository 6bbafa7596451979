import { parseUuid, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { Consent } from './consent';
import { authorizeConsentAccess } from './consent-access';
import type { ConsentDependencies } from './consent-dependencies';

export interface ClientQuery {
  actor: Actor;
  clientId: string;
  page: PageRequest;
  breakGlassReason?: string;
}

/** A client's consents (current versions), newest first. */
export class ListClientConsents {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(query: ClientQuery): Promise<Page<Consent>> {
    const { actor } = query;
    const clientId = parseUuid(query.clientId, 'clientId');
    return this.deps.unitOfWork.run(async () => {
      await authorizeConsentAccess(
        { actor, clientId, breakGlassReason: query.breakGlassReason, privacyOfficerMay: true },
        this.deps,
      );
      const page = await this.deps.consents.pageOfClient(actor.tenantId, clientId, query.page);
      await this.deps.audit.record({ actor, action: 'search', resourceType: 'consent', clientId });
      return page;
    });
  }
}
