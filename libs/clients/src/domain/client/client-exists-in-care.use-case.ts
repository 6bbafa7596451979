import { isUuid } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import type { ClientExistsInput } from './client-exists.use-case';
import { findForCaller } from './open-client-record';

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
    const found = await findForCaller(input, this.deps, undefined);
    if (!found || found.client.mergedInto !== undefined) return none;
    return { exists: true, inCare: found.inCare };
  }
}
