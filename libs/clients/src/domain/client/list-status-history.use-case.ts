import type { Page, PageRequest } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import type { StatusChange } from './client-status';
import { openClientRecord, type ClientRecordRequest } from './open-client-record';

type Dependencies = Pick<ClientsDependencies, 'clients' | 'careRelations' | 'unitOfWork' | 'audit'>;

/** CL-3: a client's status history, newest first. */
export class ListStatusHistory {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & { page: PageRequest }): Promise<Page<StatusChange>> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const page = await this.deps.clients.statusHistory(
        input.actor.tenantId,
        client.id,
        input.page,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'client-status-history',
        resourceId: client.id,
        clientId: client.id,
      });
      return page;
    });
  }
}
