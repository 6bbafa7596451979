import type { Actor, FieldViolation } from '@lavterskel/kernel';
import type { ReferralLegalBasis } from './referral';

/** Who the shared information goes to, as the consent decision names it. */
export type ReferralRecipient =
  | { kind: 'partner'; organisationNumber: string; name: string }
  | { kind: 'service'; serviceId: string; name: string };

export interface ReferralSharingQuestion {
  actor: Actor;
  clientId: string;
  category: string;
  purpose: string;
  recipient: ReferralRecipient;
  legalBasis?: ReferralLegalBasis;
}

/** A logged sharing decision, as the referral needs it. */
export interface ReferralSharingDecision {
  id: string;
  category: string;
  permitted: boolean;
  /** Why, in the consent library's words (`code`: e.g. `no-consent`, `consent-permits`). */
  reasons: { code: string; message: string }[];
}

/**
 * Port: the consent decision (CO-2, CO-3) a referral's information sharing rests on. The
 * application answers it with the consent library. Every decision is logged by it, so a
 * refused referral still leaves its decisions behind; a shared category is logged as a disclosure.
 */
export interface ReferralSharing {
  /** The rules the categories, purpose and legal basis break (unknown codes, a thin justification). */
  questionViolations(question: {
    categories: readonly string[];
    purpose: string;
    legalBasis?: ReferralLegalBasis;
  }): FieldViolation[];
  /** Decides one category and logs the decision, in the caller's transaction. */
  decide(question: ReferralSharingQuestion): Promise<ReferralSharingDecision>;
  /** Logs one share on a permitting decision (CO-3). */
  recordDisclosure(request: {
    actor: Actor;
    decisionId: string;
    description: string;
  }): Promise<void>;
}

/** Where no consent library is wired: nothing may be shared, so no referral leaves a service. */
export const noReferralSharing: ReferralSharing = {
  questionViolations: () => [],
  decide: async (question) => ({
    id: '',
    category: question.category,
    permitted: false,
    reasons: [{ code: 'no-sharing-policy', message: 'No sharing policy is configured.' }],
  }),
  recordDisclosure: async () => {
    throw new Error('No sharing policy is configured.');
  },
};
