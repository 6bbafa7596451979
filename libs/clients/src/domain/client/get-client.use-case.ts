import type { ClientsDependencies } from '../clients-dependencies';
import type { Client } from './client';
import { openClientRecord, type ClientRecordRequest } from './open-client-record';

type Dependencies = Pick<ClientsDependencies, 'clients' | 'careRelations' | 'unitOfWork' | 'audit'>;

/** Reads one client's record (need-to-know, audited). */
export class GetClient {
  constructor(private readonly deps: Dependencies) {}

  async execute(request: ClientRecordRequest): Promise<Client> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(request, this.deps);
      await this.deps.audit.record({
        actor: request.actor,
        action: 'read',
        resourceType: 'client',
        resourceId: client.id,
        clientId: client.id,
      });
      return client;
    });
  }
}
