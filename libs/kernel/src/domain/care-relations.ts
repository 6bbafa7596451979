import type { Actor } from './actor';

/**
 * Port: does `actor` have a care relation to the client, that is, do they serve the client
 * through one of their teams' services, or are they the client's primary or back-up contact
 * (X-2)? Libraries that know a relation (clients: contacts; services: enrolments) each
 * provide a source; the application combines them.
 */
export interface CareRelations {
  hasCareRelation(actor: Actor, clientId: string): Promise<boolean>;
  /**
   * The clients among `clientIds` the actor has a care relation to. Optional: a source backed
   * by a database answers a whole list in one query; without it `clientsInCare` asks per client.
   */
  clientsInCare?(actor: Actor, clientIds: readonly string[]): Promise<ReadonlySet<string>>;
  /**
   * Optional: the relation as a condition a repository checks inside its own statement, so that
   * a record and its need-to-know take one round trip and a list is filtered where it is queried.
   */
  readonly inStatement?: CareRelationsInStatement;
}

/**
 * A care relation as SQL. `conditionOn(sql)` is a boolean expression on the client id `sql`
 * (a uuid); the statement's parameters $1–$4 must be `parametersFor(actor)`, its own follow.
 */
export interface CareRelationsInStatement {
  /** The same for the same condition: it names the prepared statements built on it. */
  readonly key: string;
  conditionOn(clientIdSql: string): string;
  parametersFor(actor: Actor): unknown[];
}

/** The clients among `clientIds` that `relations` finds a care relation to (for filtering a list). */
export async function clientsInCare(
  relations: CareRelations,
  actor: Actor,
  clientIds: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(clientIds)];
  if (unique.length === 0) return new Set();
  if (relations.clientsInCare) return new Set(await relations.clientsInCare(actor, unique));
  const found = new Set<string>();
  for (const clientId of unique) {
    if (await relations.hasCareRelation(actor, clientId)) found.add(clientId);
  }
  return found;
}

/** A relation found by any of `sources`; lists are asked of each source once, for what is still unfound. */
export function combineCareRelations(...sources: readonly CareRelations[]): CareRelations {
  return {
    async hasCareRelation(actor, clientId) {
      for (const source of sources) {
        if (await source.hasCareRelation(actor, clientId)) return true;
      }
      return false;
    },
    async clientsInCare(actor, clientIds) {
      const found = new Set<string>();
      for (const source of sources) {
        const remaining = clientIds.filter((clientId) => !found.has(clientId));
        if (remaining.length === 0) break;
        for (const clientId of await clientsInCare(source, actor, remaining)) found.add(clientId);
      }
      return found;
    },
  };
}
