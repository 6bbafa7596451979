import type { Actor } from '@lavterskel/kernel';
import type { ExternalSharingCheck } from './external-sharing-check';
import {
  GROUP_SHARING_PURPOSE,
  type CategoryDecision,
  type ExternalMember,
  type MemberConsent,
} from './responsibility-group';

/**
 * Asks the consent library, per category of the group, whether it may go to the member's
 * organisation. A member is `permitted` only when every category is; without an organisation
 * number (or a consent library) nothing can be asked and the member is "not yet consented" —
 * listed all the same. The indexes of category codes the vocabulary lacks go to `unknownCategories`.
 */
export async function consentOfMember(
  member: Omit<ExternalMember, 'consent'>,
  context: {
    actor: Actor;
    clientId: string;
    categories: readonly string[];
    at: Date;
    sharing: ExternalSharingCheck;
    unknownCategories: Set<number>;
  },
): Promise<MemberConsent> {
  const notYet: MemberConsent = {
    status: 'not-yet-consented',
    checkedAt: context.at,
    decisions: [],
  };
  const organisationNumber = member.organisation.organisationNumber;
  if (organisationNumber === null) return notYet;
  const decisions: CategoryDecision[] = [];
  for (const [index, category] of context.categories.entries()) {
    const answer = await context.sharing.decide({
      actor: context.actor,
      clientId: context.clientId,
      organisationNumber,
      organisationName: member.organisation.name,
      category,
      purpose: GROUP_SHARING_PURPOSE,
    });
    if (answer === null) return notYet;
    if (answer.kind === 'unknown-category') {
      context.unknownCategories.add(index);
      continue;
    }
    decisions.push({ category, decisionId: answer.decisionId, permitted: answer.permitted });
  }
  const permitted = decisions.length > 0 && decisions.every((decision) => decision.permitted);
  return {
    status: permitted ? 'permitted' : 'not-yet-consented',
    checkedAt: context.at,
    decisions,
  };
}
