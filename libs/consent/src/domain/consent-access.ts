import { authorizeClientAccess, hasAnyRole, type Actor } from '@lavterskel/kernel';
import type { ConsentDependencies } from './consent-dependencies';

export const PRIVACY_OFFICER = 'privacy-officer';

export interface ConsentAccessRequest {
  actor: Actor;
  clientId: string;
  breakGlassReason?: string;
  /**
   * A privacy officer may open any client of the municipality without a care relation, to
   * answer the client's right of access or a withdrawal: reads and withdrawals only.
   */
  privacyOfficerMay?: boolean;
  /** What a refusal calls missing: the record asked for by id (`consent`), else `client`. */
  resource?: string;
}

/**
 * Need-to-know on a client's consents and disclosures. Out of reach answers exactly
 * like a missing record, named after the resource asked for so the two cannot be told apart.
 */
export async function authorizeConsentAccess(
  request: ConsentAccessRequest,
  deps: Pick<ConsentDependencies, 'careRelations' | 'audit' | 'roster'>,
): Promise<void> {
  const { actor, clientId } = request;
  if (
    request.privacyOfficerMay &&
    hasAnyRole(actor, [PRIVACY_OFFICER]) &&
    (await deps.roster.isClient({ actor, clientId }))
  ) {
    return;
  }
  await authorizeClientAccess(
    { actor, clientId, breakGlassReason: request.breakGlassReason, resource: request.resource },
    deps,
  );
}
