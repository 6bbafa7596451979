import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import type { OutreachContact } from './outreach-contact';

/** A client's outreach contacts, newest first (need-to-know, audited). */
export class ListClientContacts {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'outreach' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    clientId: string;
    breakGlassReason?: string;
    page: PageRequest;
  }): Promise<Page<OutreachContact>> {
    const { actor, clientId } = input;
    return this.ports.unitOfWork.run(async () => {
      await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      const page = await this.ports.outreach.listContactsForClient(
        actor.tenantId,
        clientId,
        input.page,
      );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'outreach-contact',
        clientId,
      });
      return page;
    });
  }
}
