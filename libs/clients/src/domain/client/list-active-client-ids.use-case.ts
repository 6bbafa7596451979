import { encodeCursor, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';

export interface ListActiveClientIdsInput {
  /** Whose municipality; the caller has authorised the use (e.g. a crisis report). */
  actor: Actor;
  page: PageRequest;
  /** Continue after this client id (instead of `page.cursor`): for callers that page by id. */
  afterId?: string;
  /** Why the roster is read, for the audit trail, e.g. "crisis contactability report". */
  purpose?: string;
}

type Dependencies = Pick<ClientsDependencies, 'clients' | 'unitOfWork' | 'audit'>;

/**
 * The ids of a municipality's active clients, page by page in id order: what other libraries'
 * ports are wired to (the consent library's crisis-contactability report). Ids only, no other data.
 */
export class ListActiveClientIds {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ListActiveClientIdsInput): Promise<Page<string>> {
    // The roster's keyset is the id alone, so "after this id" is that keyset's cursor.
    const page = input.afterId
      ? { ...input.page, cursor: encodeCursor([input.afterId]) }
      : input.page;
    return this.deps.unitOfWork.run(async () => {
      const found = await this.deps.clients.activeClientIds(input.actor.tenantId, page);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: 'client-roster',
        reason: input.purpose,
        clientIds: found.items,
      });
      return found;
    });
  }
}
