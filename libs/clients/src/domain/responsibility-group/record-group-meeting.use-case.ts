import { newId, notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import { askMemberConsents } from './ask-member-consents';
import { discloseToAttendees } from './disclose-to-attendees';
import { validateMeetingMinutes, type MeetingMinutesEntry } from './meeting-rules';
import type { MemberConsent } from './responsibility-group';
import { meetingAlreadyHeld } from './responsibility-group-errors';
import type { GroupMeeting } from './responsibility-group-meeting';

type Dependencies = Pick<
  ClientsDependencies,
  | 'clients'
  | 'responsibilityGroups'
  | 'externalSharing'
  | 'careRelations'
  | 'unitOfWork'
  | 'audit'
  | 'clock'
>;

/**
 * Records a planned meeting as held: who attended, the decisions, the follow-up items, and
 * (optionally) plans the next meeting. The consents of the external members still in the group
 * are asked anew, since the meeting is where information is shared with them, and each share
 * with an external attendee is logged as a disclosure. Attendees with whom nothing could be
 * shared lawfully do not stop the minutes (the meeting happened); the minutes name them.
 */
export class RecordGroupMeeting {
  constructor(private readonly deps: Dependencies) {}

  async execute(
    input: ClientRecordRequest & MeetingMinutesEntry & { meetingId: string },
  ): Promise<{ meeting: GroupMeeting; nextMeeting: GroupMeeting | null }> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const tenantId = input.actor.tenantId;
      const group = await this.deps.responsibilityGroups.find(tenantId, client.id, {
        forUpdate: true,
      });
      if (!group) throw notFound('responsibility group');
      const planned = await this.deps.responsibilityGroups.findMeeting(
        tenantId,
        client.id,
        input.meetingId,
        { forUpdate: true },
      );
      if (!planned) throw notFound('meeting');
      if (planned.status === 'held') throw meetingAlreadyHeld();
      const now = this.deps.clock.now();
      const violations = new Violations();
      const minutes = validateMeetingMinutes(input, { members: group.members, now }, violations);
      violations.throwIfAny();

      // Only what is shared is asked about: the attendees' consents, not those of absent members.
      const attendees = new Set(minutes.attendeeMemberIds);
      const attending = group.members.filter((member) => attendees.has(member.id));
      const refreshed = await askMemberConsents(attending, {
        actor: input.actor,
        clientId: client.id,
        categories: group.categories,
        current: group.members,
        at: now,
        sharing: this.deps.externalSharing,
        violations,
      });
      const consents = new Map<string, MemberConsent>(
        refreshed.flatMap((member) =>
          member.kind === 'external' ? [[member.id, member.consent] as const] : [],
        ),
      );
      await this.deps.responsibilityGroups.updateConsents(tenantId, client.id, consents);
      const { unconsentedAttendeeMemberIds } = await discloseToAttendees(refreshed, {
        actor: input.actor,
        attendeeMemberIds: minutes.attendeeMemberIds,
        heldAt: minutes.heldAt,
        askedAt: now,
        sharing: this.deps.externalSharing,
      });

      const nextMeeting: GroupMeeting | null = minutes.nextMeeting && {
        id: newId(),
        clientId: client.id,
        status: 'planned',
        ...minutes.nextMeeting,
        plannedBy: input.actor.subject,
        plannedAt: now,
        minutes: null,
      };
      const meeting: GroupMeeting = {
        ...planned,
        status: 'held',
        channel: minutes.channel ?? planned.channel,
        minutes: {
          heldAt: minutes.heldAt,
          attendeeMemberIds: minutes.attendeeMemberIds,
          unconsentedAttendeeMemberIds,
          decisions: minutes.decisions,
          followUps: minutes.followUps,
          nextMeetingId: nextMeeting?.id ?? null,
          recordedBy: input.actor.subject,
          recordedAt: now,
        },
      };
      if (nextMeeting) await this.deps.responsibilityGroups.insertMeeting(tenantId, nextMeeting);
      await this.deps.responsibilityGroups.recordMinutes(tenantId, meeting);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'responsibility-group-meeting',
        resourceId: meeting.id,
        clientId: client.id,
      });
      if (nextMeeting)
        await this.deps.audit.record({
          actor: input.actor,
          action: 'create',
          resourceType: 'responsibility-group-meeting',
          resourceId: nextMeeting.id,
          clientId: client.id,
        });
      return { meeting, nextMeeting };
    });
  }
}
