import { newId, notFound, type Actor, type TenantId } from '@lavterskel/kernel';
import { ConsentError, ConsentErrorCode, assertValid } from './consent-error';
import type { DecisionBasis } from './decide';
import type { Recipient } from './recipient';
import type { SharingDecision } from './sharing-decision';

export const MAX_DESCRIPTION_LENGTH = 1000;

/**
 * One share of a client's information (CO-3): what, to whom, why, on what basis, by whom.
 * Each rests on its own permitting decision. The client may read the list (innsyn).
 */
export interface Disclosure {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly clientId: string;
  readonly decisionId: string;
  readonly category: string;
  readonly purpose: string;
  readonly recipient: Recipient;
  readonly basis: DecisionBasis;
  /** What exactly was shared, in words the client can read. */
  readonly description: string;
  readonly disclosedBy: string;
  readonly disclosedAt: Date;
}

/**
 * The share `decision` permitted, made by the actor who asked. Another actor's decision is
 * out of reach (not found); a denied one backs nothing.
 */
export function discloseOn(
  decision: SharingDecision,
  share: { actor: Actor; description: string; at: Date },
): Disclosure {
  if (decision.tenantId !== share.actor.tenantId || decision.decidedBy !== share.actor.subject)
    throw notFound('sharing decision');
  const description = share.description.trim();
  assertValid(
    description.length === 0 || description.length > MAX_DESCRIPTION_LENGTH
      ? [
          {
            field: 'description',
            rule: 'length',
            message: `must say what was shared, in 1 to ${MAX_DESCRIPTION_LENGTH} characters`,
          },
        ]
      : [],
    'The disclosure is not valid.',
  );
  if (decision.outcome !== 'permit' || decision.basis === null) {
    throw new ConsentError(
      ConsentErrorCode.DecisionDenied,
      'The decision denied sharing, so nothing may be disclosed on it.',
    );
  }
  return {
    id: newId(),
    tenantId: decision.tenantId,
    clientId: decision.clientId,
    decisionId: decision.id,
    category: decision.category,
    purpose: decision.purpose,
    recipient: decision.recipient,
    basis: decision.basis,
    description,
    disclosedBy: share.actor.subject,
    disclosedAt: share.at,
  };
}
