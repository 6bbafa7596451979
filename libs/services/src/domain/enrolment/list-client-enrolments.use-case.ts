import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import type { Enrolment } from './enrolment';

/** A client's services: their enrolments, newest first (need-to-know, audited). */
export class ListClientEnrolments {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'enrolments' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    clientId: string;
    breakGlassReason?: string;
    page: PageRequest;
  }): Promise<Page<Enrolment>> {
    const { actor, clientId } = input;
    return this.ports.unitOfWork.run(async () => {
      await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      const page = await this.ports.enrolments.listForClient(actor.tenantId, clientId, input.page);
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'enrolment',
        clientId,
      });
      return page;
    });
  }
}
