import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import type { HealthMeasure } from './health-measure';

/** A client's tests and vaccinations, newest first (need-to-know, audited). */
export class ListClientHealthMeasures {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'healthMeasures' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    clientId: string;
    breakGlassReason?: string;
    page: PageRequest;
  }): Promise<Page<HealthMeasure>> {
    const { actor, clientId } = input;
    return this.ports.unitOfWork.run(async () => {
      await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      const page = await this.ports.healthMeasures.listForClient(
        actor.tenantId,
        clientId,
        input.page,
      );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'health-measure',
        clientId,
      });
      return page;
    });
  }
}
