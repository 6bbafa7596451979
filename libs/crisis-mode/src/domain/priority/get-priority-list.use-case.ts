import {
  KernelError,
  KernelErrorCode,
  decodeCursor,
  encodeCursor,
  osloDate,
  pageLimit,
  type Actor,
  type Page,
  type PageRequest,
} from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { ClientFacts } from '../other-libraries';
import { reportBasis, type ReportBasis, type ReportLevelQuery } from '../reports/report-basis';
import type { VulnerabilityFlag } from '../shared/vocabulary';
import {
  PRIORITY_TIERS,
  comparePriorityKeys,
  priorityCriteria,
  priorityKey,
  rankClients,
  type PriorityKey,
  type PriorityTier,
  type RankedClient,
} from './priority-order';
import { reachPath, type ReachPath } from './reach-path';

/** Client facts are asked for this many clients at a time (the clients library's batch limit). */
export const FACTS_BATCH = 500;

export interface GetPriorityListInput extends ReportLevelQuery {
  actor: Actor;
  page: PageRequest;
}

/** One client on the priority list: why they are where they are, and how to reach them. */
export interface PriorityEntry {
  /** Position in the whole list, from 1. */
  readonly rank: number;
  readonly clientId: string;
  readonly tier: PriorityTier;
  readonly matchedFlags: readonly VulnerabilityFlag[];
  readonly vulnerabilityFlags: readonly VulnerabilityFlag[];
  readonly serviceIds: readonly string[];
  readonly reach: ReachPath;
  readonly primaryContact: string;
  readonly backupContact: string | null;
  readonly preferredLanguage: string | null;
  readonly interpreterNeeded: boolean;
}

export interface PriorityList extends Page<PriorityEntry> {
  readonly basis: ReportBasis;
  /** The Oslo day whose active enrolments the list is made of. */
  readonly on: string;
  /** Clients on the whole list, and per tier. */
  readonly total: number;
  readonly tierCounts: Readonly<Record<PriorityTier, number>>;
}

/**
 * CR-4: every client with an active enrolment in the municipality, in the order they are to be
 * reached (`priority-order.ts`), a page at a time, each with their reach path. The order is
 * computed over the whole municipality on each request, set-based: one catalogue read, one
 * enrolment query, client facts in batches of 500, and crisis contacts for the page's clients
 * only. The cursor is the last client's sort key, so a page continues after it even when the
 * list changed meanwhile. Audited as one search naming every client shown.
 */
export class GetPriorityList {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      | 'state'
      | 'plans'
      | 'catalogue'
      | 'enrolments'
      | 'clients'
      | 'crisisContacts'
      | 'audit'
      | 'clock'
      | 'unitOfWork'
    >,
  ) {}

  async execute(input: GetPriorityListInput): Promise<PriorityList> {
    const { actor } = input;
    const limit = pageLimit(input.page);
    const after = input.page.cursor ? cursorKey(input.page.cursor) : null;
    return this.ports.unitOfWork.run(async () => {
      const basis = await reportBasis(this.ports, actor.tenantId, input);
      const on = osloDate(this.ports.clock.now());
      const services = await this.ports.catalogue.list(actor);
      const enrolments =
        services.length === 0
          ? []
          : await this.ports.enrolments.activeIn(actor, {
              serviceIds: services.map((service) => service.id),
              on,
            });
      const facts = await this.factsOf(actor, [...new Set(enrolments.map((e) => e.clientId))]);
      const ranked = rankClients({
        facts,
        enrolments,
        criteria: priorityCriteria(services, basis.rules),
      });
      const start = after ? indexAfter(ranked, after) : 0;
      const page = ranked.slice(start, start + limit);
      const contacts = page.length
        ? await this.ports.crisisContacts.contactsOf(
            actor,
            page.map((client) => client.facts.clientId),
          )
        : [];
      const viaOf = new Map(contacts.map((entry) => [entry.clientId, entry.contacts]));
      const items = page.map((client, i) =>
        entryOf(client, start + i + 1, viaOf.get(client.facts.clientId) ?? []),
      );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'crisis-priority-list',
        reason: `crisis priority list at level ${basis.level}${basis.preview ? ' (preview)' : ''}`,
        clientIds: items.map((item) => item.clientId),
      });
      const last = page.at(-1);
      return {
        items,
        nextCursor:
          start + limit < ranked.length && last ? encodeCursor([...priorityKey(last)]) : null,
        basis,
        on,
        total: ranked.length,
        tierCounts: countTiers(ranked),
      };
    });
  }

  private async factsOf(actor: Actor, clientIds: readonly string[]): Promise<ClientFacts[]> {
    const sorted = [...clientIds].sort();
    const facts: ClientFacts[] = [];
    for (let i = 0; i < sorted.length; i += FACTS_BATCH) {
      facts.push(...(await this.ports.clients.facts(actor, sorted.slice(i, i + FACTS_BATCH))));
    }
    return facts;
  }
}

function entryOf(
  client: RankedClient,
  rank: number,
  via: Parameters<typeof reachPath>[1],
): PriorityEntry {
  const { facts } = client;
  return {
    rank,
    clientId: facts.clientId,
    tier: client.tier,
    matchedFlags: client.matchedFlags,
    vulnerabilityFlags: facts.vulnerabilityFlags,
    serviceIds: client.serviceIds,
    reach: reachPath(facts, via),
    primaryContact: facts.primaryContact,
    backupContact: facts.backupContact,
    preferredLanguage: facts.preferredLanguage,
    interpreterNeeded: facts.interpreterNeeded,
  };
}

/** The first client that sorts after the cursor's key. */
function indexAfter(ranked: readonly RankedClient[], after: PriorityKey): number {
  const index = ranked.findIndex((client) => comparePriorityKeys(priorityKey(client), after) > 0);
  return index === -1 ? ranked.length : index;
}

function countTiers(ranked: readonly RankedClient[]): Record<PriorityTier, number> {
  const counts = Object.fromEntries(PRIORITY_TIERS.map((tier) => [tier, 0])) as Record<
    PriorityTier,
    number
  >;
  for (const client of ranked) counts[client.tier]++;
  return counts;
}

function cursorKey(cursor: string): PriorityKey {
  const [tier, matched, flags, clientId] = decodeCursor(cursor, 4);
  if (
    [tier, matched, flags].every((part) => Number.isInteger(part)) &&
    typeof clientId === 'string'
  ) {
    return [tier as number, matched as number, flags as number, clientId];
  }
  throw new KernelError(KernelErrorCode.InvalidCursor, 'The cursor is not one this list issued.', [
    { field: 'cursor', rule: 'cursor', message: 'must be a nextCursor returned by this list' },
  ]);
}
