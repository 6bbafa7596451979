import type { Actor } from './actor';

/**
 * Port: does `actor` have a care relation to the client, that is, do they serve the client
 * through one of their teams' services, or are they the client's primary or back-up contact
 * (X-2)? Libraries that know a relation (clients: contacts; services: enrolments) each
 * provide a source; the application combines them.
 */
export interface CareRelations {
  hasCareRelation(actor: Actor, clientId: string): Promise<boolean>;
}

/** A relation found by any of `sources`. */
export function combineCareRelations(...sources: readonly CareRelations[]): CareRelations {
  return {
    async hasCareRelation(actor, clientId) {
      for (const source of sources) {
        if (await source.hasCareRelation(actor, clientId)) return true;
      }
      return false;
    },
  };
}
