import type { Actor } from '@lavterskel/kernel';

/**
 * Port: the municipality's client registry. A client id that a request names and this library
 * stores (an enrolment, a prescription …) must be one the registry knows, and the rules that
 * depend on the client's record are read from it, never from the caller; the application
 * supplies it (the reference API: `ClientExists` and `ClientRequiresTwoStaff` of
 * @lavterskel/clients).
 */
export interface ClientDirectory {
  /** Is `clientId` a client of `actor`'s municipality, in any status? Reveals existence only. */
  exists(query: { actor: Actor; clientId: string }): Promise<boolean>;
  /** Must staff meet the client two at a time (an active violence-risk flag, SV-6)? */
  requiresTwoStaff(query: { actor: Actor; clientId: string }): Promise<boolean>;
}
