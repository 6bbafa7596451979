import { isUuid } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import type { ClientExistsInput } from './client-exists.use-case';

export interface ClientExistsInCareAnswer {
  /** A client of the actor's municipality, not merged into another. */
  exists: boolean;
  /** The actor has a care relation to the client. */
  inCare: boolean;
}

type Dependencies = Pick<ClientsDependencies, 'clients' | 'careRelations'>;

/**
 * `ClientExists` and the caller's own care relation to the client, in one read where the
 * register can (`findInCare`): for a library that checks both before it stores a client id
 * (a group's membership). Reveals existence and the caller's relation only: no audit row.
 */
export class ClientExistsInCare {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientExistsInput): Promise<ClientExistsInCareAnswer> {
    const none = { exists: false, inCare: false };
    if (!isUuid(input.clientId)) return none;
    const { clients, careRelations } = this.deps;
    const found = clients.findInCare
      ? await clients.findInCare(input.actor, input.clientId)
      : await clients
          .find(input.actor.tenantId, input.clientId)
          .then(async (client) =>
            client
              ? { client, inCare: await careRelations.hasCareRelation(input.actor, client.id) }
              : null,
          );
    if (!found || found.client.mergedInto !== undefined) return none;
    return { exists: true, inCare: found.inCare };
  }
}
