import { isUuid, type Actor } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';

export interface ClientExistsInput {
  /** Whose municipality; the caller has authorised the question. */
  actor: Actor;
  clientId: string;
}

type Dependencies = Pick<ClientsDependencies, 'clients' | 'unitOfWork'>;

/**
 * Is `clientId` a client of the actor's municipality, in any status? For other libraries that
 * hold client ids (a privacy officer's scope in the consent library). It reveals existence only,
 * so it is not an access to the client's data and writes no audit row. A client merged into
 * another no longer exists under its old id, so no new record lands on it.
 */
export class ClientExists {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientExistsInput): Promise<boolean> {
    if (!isUuid(input.clientId)) return false;
    return this.deps.unitOfWork.run(async () => {
      const client = await this.deps.clients.find(input.actor.tenantId, input.clientId);
      return client !== null && client.mergedInto === undefined;
    });
  }
}
