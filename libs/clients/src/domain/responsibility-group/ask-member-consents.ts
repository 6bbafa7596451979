import { osloDate, type Actor } from '@lavterskel/kernel';
import type { Violations } from '../shared/violations';
import type { ExternalSharingCheck } from './external-sharing-check';
import { consentOfMember } from './member-consent';
import type { GroupMember, MemberConsent } from './responsibility-group';
import type { CheckedMember } from './responsibility-group-rules';

/**
 * Asks the consent library about every external member still in the group (or joining later)
 * and gives each its answer; a member whose period has ended keeps the answer it had. Unknown
 * category codes are added to `violations`.
 */
export async function askMemberConsents(
  members: readonly CheckedMember[],
  context: {
    actor: Actor;
    clientId: string;
    categories: readonly string[];
    current: readonly GroupMember[];
    at: Date;
    sharing: ExternalSharingCheck;
    violations: Violations;
  },
): Promise<GroupMember[]> {
  const today = osloDate(context.at);
  const unknownCategories = new Set<number>();
  const had = new Map(
    context.current.flatMap((member) =>
      member.kind === 'external' ? [[member.id, member.consent] as const] : [],
    ),
  );
  const result: GroupMember[] = [];
  for (const member of members) {
    if (member.kind !== 'external') {
      result.push(member);
      continue;
    }
    const ended = member.validTo !== null && member.validTo < today;
    const kept: MemberConsent | undefined = ended ? had.get(member.id) : undefined;
    const consent =
      kept ??
      (ended
        ? { status: 'not-yet-consented' as const, checkedAt: context.at, decisions: [] }
        : await consentOfMember(member, { ...context, unknownCategories }));
    result.push({ ...member, consent });
  }
  for (const index of [...unknownCategories].sort((a, b) => a - b))
    context.violations.add(
      `categories[${index}]`,
      'known-category',
      'must be a category code of the consent vocabulary',
    );
  return result;
}
