import {
  MAX_CRISIS_FACTS_BATCH,
  type GetClientCrisisFacts,
  type ListActiveClientIds,
} from '@lavterskel/clients';
import type { ClientFacts, LanguageSupportClients } from '@lavterskel/crisis-mode';
import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Actor,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';

const PURPOSE = 'crisis notice: clients to tell in person (language, interpreter)';
const SCAN = Math.min(200, MAX_CRISIS_FACTS_BATCH);

function needsLanguageSupport(client: {
  vulnerabilityFlags: readonly string[];
  interpreterNeeded: boolean;
}): boolean {
  return client.interpreterNeeded || client.vulnerabilityFlags.includes('language-difficulty');
}

/**
 * Active clients with a language difficulty or an interpreter need, in client-id order, from the
 * client registry's roster and crisis facts (both audit their reads). The cursor is the last id
 * looked at. The registry has no query by flag yet, so this scans the roster a batch at a time.
 */
export class ClientsLanguageSupport implements LanguageSupportClients {
  constructor(
    private readonly activeClientIds: ListActiveClientIds,
    private readonly crisisFacts: GetClientCrisisFacts,
  ) {}

  async needingLanguageSupport(actor: Actor, page: PageRequest): Promise<Page<ClientFacts>> {
    const limit = pageLimit(page);
    let after = page.cursor ? String(decodeCursor(page.cursor, 1)[0]) : undefined;
    const found: ClientFacts[] = [];
    for (;;) {
      const ids = await this.activeClientIds.execute({
        actor,
        page: { limit: SCAN },
        afterId: after,
        purpose: PURPOSE,
      });
      const facts = new Map(
        (await this.crisisFacts.execute({ actor, clientIds: ids.items, purpose: PURPOSE })).map(
          (client) => [client.clientId, client],
        ),
      );
      for (const clientId of ids.items) {
        after = clientId;
        const client = facts.get(clientId);
        if (client && needsLanguageSupport(client)) {
          found.push({
            clientId: client.clientId,
            vulnerabilityFlags: client.vulnerabilityFlags,
            reachableByPhone: client.reachableByPhone,
            preferredLanguage: client.preferredLanguage,
            interpreterNeeded: client.interpreterNeeded,
            primaryContact: client.primaryContact,
            backupContact: client.backupContact,
          });
          if (found.length === limit) return { items: found, nextCursor: encodeCursor([clientId]) };
        }
      }
      if (!ids.nextCursor) return { items: found, nextCursor: null };
    }
  }
}
