import {
  KernelError,
  KernelErrorCode,
  decodeCursor,
  encodeCursor,
  isUuid,
  pageLimit,
  type Actor,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';
import type { ConsentDependencies } from './consent-dependencies';
import type { ClientContactability } from './crisis-contactability';
import { contactabilityOf } from './find-crisis-contacts.use-case';

/** `lacking`: the work list of clients no one may contact in a crisis; `contactable`: the others. */
export type ContactabilityFilter = 'lacking' | 'contactable';

export interface CrisisContactabilityQuery {
  actor: Actor;
  only?: ContactabilityFilter;
  page: PageRequest;
}

/**
 * CO-4 for the whole municipality: each active client of the roster, in id order, with who
 * may contact them in a crisis. Filtered pages are filled from further roster pages.
 */
export class CrisisContactabilityReport {
  constructor(private readonly deps: ConsentDependencies) {}

  async execute(query: CrisisContactabilityQuery): Promise<Page<ClientContactability>> {
    const { actor, only } = query;
    const limit = pageLimit(query.page);
    const start = query.page.cursor ? clientIdOf(query.page.cursor) : undefined;
    return this.deps.unitOfWork.run(async () => {
      const found: ClientContactability[] = [];
      let after = start;
      // One more than a page, to know whether another page exists.
      while (found.length <= limit) {
        const clientIds = await this.deps.roster.activeClientIds({
          actor,
          after,
          limit: limit + 1,
        });
        const contacts = await contactabilityOf({ tenantId: actor.tenantId, clientIds }, this.deps);
        found.push(...contacts.filter((client) => matches(client, only)));
        after = clientIds.at(-1);
        if (clientIds.length <= limit) break;
      }
      const items = found.slice(0, limit);
      await this.deps.audit.record({
        actor,
        action: 'search',
        resourceType: 'consent',
        reason: `crisis contactability (${only ?? 'all'})`,
        clientIds: items.map((client) => client.clientId),
      });
      const last = items.at(-1);
      return {
        items,
        nextCursor: found.length > limit && last ? encodeCursor([last.clientId]) : null,
      };
    });
  }
}

function matches(client: ClientContactability, only: ContactabilityFilter | undefined): boolean {
  if (only === undefined) return true;
  return (client.contactableBy.length === 0) === (only === 'lacking');
}

/** The cursor is the id of the last client of the previous page. */
function clientIdOf(cursor: string): string {
  const [clientId] = decodeCursor(cursor, 1);
  if (isUuid(clientId)) return clientId;
  throw new KernelError(KernelErrorCode.InvalidCursor, 'The cursor is not one this list issued.', [
    { field: 'cursor', rule: 'cursor', message: 'must be a nextCursor returned by this list' },
  ]);
}
