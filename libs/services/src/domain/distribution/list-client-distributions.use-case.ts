import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import type { DistributionRecord } from './distribution';

/** What a client has been given, newest first (need-to-know, audited). */
export class ListClientDistributions {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'distributions' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    clientId: string;
    breakGlassReason?: string;
    page: PageRequest;
  }): Promise<Page<DistributionRecord>> {
    const { actor, clientId } = input;
    return this.ports.unitOfWork.run(async () => {
      await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      const page = await this.ports.distributions.listForClient(
        actor.tenantId,
        clientId,
        input.page,
      );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'distribution',
        clientId,
      });
      return page;
    });
  }
}
