import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import type { Escalation } from './escalation';

/** A client's escalations to the cross-agency forum, newest first (need-to-know, audited). */
export class ListClientEscalations {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'cooperation' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    clientId: string;
    breakGlassReason?: string;
    page: PageRequest;
  }): Promise<Page<Escalation>> {
    const { actor, clientId } = input;
    return this.ports.unitOfWork.run(async () => {
      await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      const page = await this.ports.cooperation.listEscalationsForClient(
        actor.tenantId,
        clientId,
        input.page,
      );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'escalation',
        clientId,
      });
      return page;
    });
  }
}
