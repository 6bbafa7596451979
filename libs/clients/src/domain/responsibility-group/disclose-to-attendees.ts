import { osloDate, type Actor } from '@lavterskel/kernel';
import type { ExternalSharingCheck } from './external-sharing-check';
import type { GroupMember } from './responsibility-group';

/**
 * A held meeting shares the group's categories with the external members who attended (CO-3):
 * one disclosure per permitting decision asked for them when the minutes were recorded (a
 * decision kept from earlier, for a member who has since left, may be another actor's and is
 * not relied on). An external attendee without such a decision got nothing lawfully; their ids
 * are returned, for the minutes to name and the coordinator to follow up. Absent members
 * were shared nothing, so nothing is logged for them.
 */
export async function discloseToAttendees(
  members: readonly GroupMember[],
  context: {
    actor: Actor;
    attendeeMemberIds: readonly string[];
    heldAt: Date;
    /** When the consents were asked, at this recording. */
    askedAt: Date;
    sharing: ExternalSharingCheck;
  },
): Promise<{ unconsentedAttendeeMemberIds: string[] }> {
  const attended = new Set(context.attendeeMemberIds);
  const meetingDay = osloDate(context.heldAt);
  const unconsentedAttendeeMemberIds: string[] = [];
  for (const member of members) {
    if (member.kind !== 'external' || !attended.has(member.id)) continue;
    const asked = member.consent.checkedAt.getTime() === context.askedAt.getTime();
    const permitting = asked
      ? member.consent.decisions.filter((decision) => decision.permitted)
      : [];
    if (permitting.length === 0) unconsentedAttendeeMemberIds.push(member.id);
    for (const decision of permitting)
      await context.sharing.recordDisclosure({
        actor: context.actor,
        decisionId: decision.decisionId,
        category: decision.category,
        organisationName: member.organisation.name,
        meetingDay,
      });
  }
  return { unconsentedAttendeeMemberIds };
}
