import { MAX_CRISIS_FACTS_BATCH, type GetClientCrisisFacts } from '@lavterskel/clients';
import type { ClientDirectory, ClientFacts } from '@lavterskel/crisis-mode';
import type { Actor } from '@lavterskel/kernel';

/** Crisis mode's facts about clients (CL-10, CL-1, CL-4), from the client registry in batches it accepts. */
export class ClientsDirectory implements ClientDirectory {
  constructor(private readonly crisisFacts: GetClientCrisisFacts) {}

  async facts(actor: Actor, clientIds: readonly string[]): Promise<ClientFacts[]> {
    const ids = [...new Set(clientIds)];
    const facts: ClientFacts[] = [];
    for (let start = 0; start < ids.length; start += MAX_CRISIS_FACTS_BATCH) {
      const batch = await this.crisisFacts.execute({
        actor,
        clientIds: ids.slice(start, start + MAX_CRISIS_FACTS_BATCH),
        purpose: 'crisis mode: priorities and follow-up tasks',
      });
      facts.push(
        ...batch.map((client) => ({
          clientId: client.clientId,
          vulnerabilityFlags: client.vulnerabilityFlags,
          reachableByPhone: client.reachableByPhone,
          preferredLanguage: client.preferredLanguage,
          interpreterNeeded: client.interpreterNeeded,
          primaryContact: client.primaryContact,
          backupContact: client.backupContact,
        })),
      );
    }
    return facts;
  }
}
