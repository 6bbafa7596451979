import { parseUuid, type Actor, type TenantId } from '@lavterskel/kernel';
import type { Consent } from './consent';
import type { ConsentDependencies } from './consent-dependencies';
import { crisisContactability, type ClientContactability } from './crisis-contactability';

/** Who may contact each of the given clients in a crisis, by their consents now (CO-4). */
export class FindCrisisContacts {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(request: {
    actor: Actor;
    clientIds: readonly string[];
  }): Promise<ClientContactability[]> {
    const { actor } = request;
    const clientIds = request.clientIds.map((id, i) => parseUuid(id, `clientIds[${i}]`));
    return this.deps.unitOfWork.run(async () => {
      const contacts = await contactabilityOf({ tenantId: actor.tenantId, clientIds }, this.deps);
      await this.deps.audit.record({
        actor,
        action: 'search',
        resourceType: 'consent',
        reason: 'crisis contacts',
        clientIds,
      });
      return contacts;
    });
  }
}

/** The contactability of each client in `clientIds`, in that order, from one query. */
export async function contactabilityOf(
  clients: { tenantId: TenantId; clientIds: readonly string[] },
  deps: Pick<ConsentDependencies, 'consents' | 'clock' | 'vocabulary'>,
): Promise<ClientContactability[]> {
  const { tenantId, clientIds } = clients;
  if (clientIds.length === 0) return [];
  const byClient = new Map<string, Consent[]>();
  for (const consent of await deps.consents.currentOfClients(tenantId, clientIds)) {
    byClient.set(consent.clientId, [...(byClient.get(consent.clientId) ?? []), consent]);
  }
  const at = deps.clock.now();
  return clientIds.map((clientId) =>
    crisisContactability(
      { tenantId, clientId },
      { consents: byClient.get(clientId) ?? [], vocabulary: deps.vocabulary, at },
    ),
  );
}
