import type { ActiveEnrolment, CatalogueService, ClientFacts } from '../other-libraries';
import type { CrisisLevel } from '../plan/crisis-plan';
import { resolveRule } from '../policy/resolve-rule';
import { VULNERABILITY_FLAGS, type VulnerabilityFlag } from '../shared/vocabulary';

/** A service whose staff need this competency dispenses LAR: its clients are LAR clients. */
export const LAR_COMPETENCY = 'lar-dispensing';

/**
 * Who is reached first (CR-4), in this order:
 * 1. `priority-flags`: the client has one of the level's priority flags (without a crisis: any
 *    vulnerability flag);
 * 2. `prioritised-service`: enrolled in a service the level's rule marks `prioritised`
 *    (e.g. UNG pluss); a tier of its own, after the individually vulnerable;
 * 3. `lar`: enrolled in a LAR service (one that requires `lar-dispensing`);
 * 4. `other`: everyone else with an active enrolment.
 * A client belongs to the first tier they qualify for.
 */
export const PRIORITY_TIERS = ['priority-flags', 'prioritised-service', 'lar', 'other'] as const;
export type PriorityTier = (typeof PRIORITY_TIERS)[number];

/** What the ordering looks at, derived from the level and the catalogue. */
export interface PriorityCriteria {
  readonly priorityFlags: readonly VulnerabilityFlag[];
  /** Lower-case service ids. */
  readonly prioritisedServiceIds: ReadonlySet<string>;
  readonly larServiceIds: ReadonlySet<string>;
}

export function priorityCriteria(
  services: readonly CatalogueService[],
  level: CrisisLevel | null,
): PriorityCriteria {
  const ids = (keep: (service: CatalogueService) => boolean) =>
    new Set(services.filter(keep).map((service) => service.id.toLowerCase()));
  return {
    priorityFlags: level ? level.priorityFlags : VULNERABILITY_FLAGS,
    prioritisedServiceIds: level
      ? ids((service) => resolveRule(level, service)?.prioritised === true)
      : new Set(),
    larServiceIds: ids((service) => service.requiredCompetencies.includes(LAR_COMPETENCY)),
  };
}

export interface RankedClient {
  readonly facts: ClientFacts;
  readonly tier: PriorityTier;
  /** The client's flags that the level names as priority flags. */
  readonly matchedFlags: readonly VulnerabilityFlag[];
  /** The services the client is actively enrolled in, sorted. */
  readonly serviceIds: readonly string[];
}

/** The sort key: tier, then more matched flags, then more flags of any kind, then client id. */
export type PriorityKey = readonly [tier: number, matched: number, flags: number, clientId: string];

export function priorityKey(client: RankedClient): PriorityKey {
  return [
    PRIORITY_TIERS.indexOf(client.tier),
    client.matchedFlags.length,
    client.facts.vulnerabilityFlags.length,
    client.facts.clientId,
  ];
}

/** A total order: negative when `a` comes first. */
export function comparePriorityKeys(a: PriorityKey, b: PriorityKey): number {
  return a[0] - b[0] || b[1] - a[1] || b[2] - a[2] || (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);
}

/**
 * Ranks the clients that have facts, in the order they are to be reached. Enrolments of
 * clients without facts are ignored; a client enrolled twice is ranked once.
 */
export function rankClients(input: {
  facts: readonly ClientFacts[];
  enrolments: readonly ActiveEnrolment[];
  criteria: PriorityCriteria;
}): RankedClient[] {
  const { criteria } = input;
  const servicesOf = new Map<string, Set<string>>();
  for (const enrolment of input.enrolments) {
    const set = servicesOf.get(enrolment.clientId) ?? new Set<string>();
    set.add(enrolment.serviceId.toLowerCase());
    servicesOf.set(enrolment.clientId, set);
  }
  const seen = new Set<string>();
  const ranked: RankedClient[] = [];
  for (const facts of input.facts) {
    if (seen.has(facts.clientId)) continue;
    seen.add(facts.clientId);
    const serviceIds = [...(servicesOf.get(facts.clientId) ?? [])].sort();
    const matchedFlags = criteria.priorityFlags.filter((flag) =>
      facts.vulnerabilityFlags.includes(flag),
    );
    ranked.push({
      facts,
      matchedFlags,
      serviceIds,
      tier: tierOf(matchedFlags, serviceIds, criteria),
    });
  }
  return ranked.sort((a, b) => comparePriorityKeys(priorityKey(a), priorityKey(b)));
}

function tierOf(
  matchedFlags: readonly VulnerabilityFlag[],
  serviceIds: readonly string[],
  criteria: PriorityCriteria,
): PriorityTier {
  if (matchedFlags.length > 0) return 'priority-flags';
  if (serviceIds.some((id) => criteria.prioritisedServiceIds.has(id))) return 'prioritised-service';
  if (serviceIds.some((id) => criteria.larServiceIds.has(id))) return 'lar';
  return 'other';
}
