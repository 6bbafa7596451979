import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { Relative } from './relative';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'relatives' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** CL-9: the client's relatives and trusted persons. */
export class ListRelatives {
  constructor(private readonly deps: Dependencies) {}

  async execute(request: ClientRecordRequest): Promise<Relative[]> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(request, this.deps);
      const relatives = await this.deps.relatives.listByClient(request.actor.tenantId, client.id);
      await this.deps.audit.record({
        actor: request.actor,
        action: 'read',
        resourceType: 'relative',
        clientId: client.id,
      });
      return relatives;
    });
  }
}
