import type { Actor } from '@lavterskel/kernel';

/**
 * Port: the municipality's client registry. A client id that a request names and this library
 * stores (an enrolment, a prescription …) must be one the registry knows; the application
 * supplies it (the reference API: `ClientExists` of @lavterskel/clients).
 */
export interface ClientDirectory {
  /** Is `clientId` a client of `actor`'s municipality, in any status? Reveals existence only. */
  exists(query: { actor: Actor; clientId: string }): Promise<boolean>;
}
