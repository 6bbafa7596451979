import { isUuid, notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'relatives' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** CL-9: removes a relative from the client's record. */
export class RemoveRelative {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & { relativeId: string }): Promise<void> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const removed =
        isUuid(input.relativeId) &&
        (await this.deps.relatives.remove(input.actor.tenantId, client.id, input.relativeId));
      if (!removed) throw notFound('relative');
      await this.deps.audit.record({
        actor: input.actor,
        action: 'delete',
        resourceType: 'relative',
        resourceId: input.relativeId,
        clientId: client.id,
      });
    });
  }
}
