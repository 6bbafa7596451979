import {
  authorizeClientAccess,
  clientsInCare,
  KernelError,
  KernelErrorCode,
  pageLimit,
  type Actor,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { text } from '../shared/text';
import { Violations } from '../shared/violations';
import type { ClientSummary } from './client';
import type { ClientSearchCriteria } from './client.repository';
import type { ClientStatus } from './client-status';

export interface SearchClientsInput {
  actor: Actor;
  /** Words that each begin a word of the given name, family name or alias. */
  text?: string;
  nationalId?: string;
  status?: ClientStatus;
  page: PageRequest;
  /** Only with `nationalId`: opens a client the caller has no care relation to, audited as break-the-glass. */
  breakGlassReason?: string;
}

/** How many rounds of candidates one page may examine, so that a search stays bounded. */
const MAX_ROUNDS = 5;

type Dependencies = Pick<ClientsDependencies, 'clients' | 'careRelations' | 'unitOfWork' | 'audit'>;

/**
 * Search by name, alias or national id (CL-1), returning only clients within the caller's
 * reach. A register that can (`searchInCare`, on PostgreSQL) filters need-to-know in the
 * search query itself; otherwise, and for break-the-glass, candidates of the caller's
 * municipality are filtered through the care relations in rounds, and a page may then hold
 * fewer than `limit` items while `nextCursor` is still set.
 */
export class SearchClients {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: SearchClientsInput): Promise<Page<ClientSummary>> {
    const breakGlassReason = text(input.breakGlassReason) ?? undefined;
    if (breakGlassReason !== undefined && !input.nationalId) {
      new Violations()
        .add(
          'X-Break-Glass-Reason',
          'national-id-search-only',
          'may only be sent with a search by nationalId',
        )
        .throwIfAny();
    }
    const criteria = {
      tenantId: input.actor.tenantId,
      text: text(input.text) ?? undefined,
      nationalId: input.nationalId?.replace(/\s+/g, ''),
      status: input.status,
    };
    const limit = pageLimit(input.page);

    const access = { action: 'search', resourceType: 'client' } as const;
    const { clients } = this.deps;
    // The page and its audit rows in one statement where the register can (no transaction needed).
    if (clients.searchInCareAudited && breakGlassReason === undefined) {
      return clients.searchInCareAudited(criteria, input.actor, input.page, access);
    }
    return this.deps.unitOfWork.run(async () => {
      const page = await this.page(input, criteria, limit, breakGlassReason);
      await this.deps.audit.record({
        actor: input.actor,
        ...access,
        clientIds: page.items.map((client) => client.id),
      });
      return page;
    });
  }

  /** The page of visible hits: filtered in the search's own query when the register can. */
  private async page(
    input: SearchClientsInput,
    criteria: ClientSearchCriteria,
    limit: number,
    breakGlassReason: string | undefined,
  ): Promise<Page<ClientSummary>> {
    const { clients } = this.deps;
    // Break-the-glass opens a client outside care: that needs each candidate, so the rounds.
    if (clients.searchInCare && breakGlassReason === undefined) {
      return clients.searchInCare(criteria, input.actor, { limit, cursor: input.page.cursor });
    }
    return this.candidatesInRounds(input, criteria, limit, breakGlassReason);
  }

  /** Pages of candidates filtered through the care relations and break-the-glass, a few rounds at most. */
  private async candidatesInRounds(
    input: SearchClientsInput,
    criteria: ClientSearchCriteria,
    limit: number,
    breakGlassReason: string | undefined,
  ): Promise<Page<ClientSummary>> {
    const items: ClientSummary[] = [];
    let cursor = input.page.cursor;
    for (let round = 0; round < MAX_ROUNDS && items.length < limit; round += 1) {
      const batch = await this.deps.clients.search(criteria, {
        limit: limit - items.length,
        cursor,
      });
      const inCare = await clientsInCare(
        this.deps.careRelations,
        input.actor,
        batch.items.map((candidate) => candidate.id),
      );
      for (const candidate of batch.items) {
        if (
          inCare.has(candidate.id) ||
          (await this.openedByBreakGlass(input.actor, candidate.id, breakGlassReason))
        )
          items.push(candidate);
      }
      cursor = batch.nextCursor ?? undefined;
      if (!cursor) break;
    }
    return { items, nextCursor: cursor ?? null };
  }

  /** A client outside the actor's care, opened by the search's break-the-glass reason (audited). */
  private async openedByBreakGlass(
    actor: Actor,
    clientId: string,
    breakGlassReason: string | undefined,
  ): Promise<boolean> {
    if (breakGlassReason === undefined) return false;
    try {
      await authorizeClientAccess({ actor, clientId, breakGlassReason }, this.deps);
      return true;
    } catch (error) {
      if (error instanceof KernelError && error.code !== KernelErrorCode.NotFound) throw error;
      return false;
    }
  }
}
