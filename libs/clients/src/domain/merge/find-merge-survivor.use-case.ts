import { isUuid, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';

export interface FindMergeSurvivorInput {
  actor: Actor;
  clientId: string;
}

type Dependencies = Pick<ClientsDependencies, 'clients' | 'careRelations' | 'unitOfWork'>;

/**
 * For other libraries that are handed a client id: the survivor a merged client's id now stands
 * for, so that they can refuse it naming the survivor instead of answering "no such client".
 * Only a caller with a care relation to the merged client learns the survivor; anyone else gets
 * null, as for any id that is not a client. Not audited: it reveals an id, no data.
 */
export class FindMergeSurvivor {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: FindMergeSurvivorInput): Promise<string | null> {
    if (!isUuid(input.clientId)) return null;
    return this.deps.unitOfWork.run(async () => {
      const client = await this.deps.clients.find(input.actor.tenantId, input.clientId);
      if (client?.mergedInto === undefined) return null;
      const serves = await this.deps.careRelations.hasCareRelation(input.actor, client.id);
      return serves ? client.mergedInto : null;
    });
  }
}
