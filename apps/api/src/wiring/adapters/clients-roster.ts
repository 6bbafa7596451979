import type { ClientExists, ListActiveClientIds } from '@lavterskel/clients';
import type { ClientRoster } from '@lavterskel/consent';
import type { Actor } from '@lavterskel/kernel';

/** The consent library's view of the municipality's clients, answered by the client registry. */
export class ClientsRoster implements ClientRoster {
  constructor(
    private readonly roster: ListActiveClientIds,
    private readonly exists: ClientExists,
  ) {}

  async activeClientIds(query: { actor: Actor; after?: string; limit: number }): Promise<string[]> {
    const page = await this.roster.execute({
      actor: query.actor,
      page: { limit: query.limit },
      afterId: query.after,
      purpose: 'consent: crisis contactability',
    });
    return page.items;
  }

  isClient(query: { actor: Actor; clientId: string }): Promise<boolean> {
    return this.exists.execute(query);
  }
}
