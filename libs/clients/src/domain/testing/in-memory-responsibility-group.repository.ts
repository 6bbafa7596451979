import { staleVersion, type TenantId } from '@lavterskel/kernel';
import type {
  MemberConsent,
  ResponsibilityGroup,
} from '../responsibility-group/responsibility-group';
import { responsibilityGroupExists } from '../responsibility-group/responsibility-group-errors';
import type { GroupMeeting } from '../responsibility-group/responsibility-group-meeting';
import type { ResponsibilityGroupRepository } from '../responsibility-group/responsibility-group.repository';

export class InMemoryResponsibilityGroupRepository implements ResponsibilityGroupRepository {
  private readonly groups = new Map<string, ResponsibilityGroup & { tenantId: TenantId }>();
  readonly meetings = new Map<string, GroupMeeting & { tenantId: TenantId }>();

  async find(tenantId: TenantId, clientId: string): Promise<ResponsibilityGroup | null> {
    const group = this.groups.get(clientId);
    if (!group || group.tenantId !== tenantId) return null;
    const { tenantId: _, ...rest } = group;
    return rest;
  }

  async insert(tenantId: TenantId, group: ResponsibilityGroup): Promise<void> {
    if (this.groups.has(group.clientId)) throw responsibilityGroupExists();
    this.groups.set(group.clientId, { ...group, tenantId });
  }

  async update(
    tenantId: TenantId,
    group: ResponsibilityGroup,
    expectedVersion: number,
  ): Promise<ResponsibilityGroup> {
    const current = this.groups.get(group.clientId);
    if (!current || current.tenantId !== tenantId || current.version !== expectedVersion)
      throw staleVersion();
    const next = { ...group, version: expectedVersion + 1 };
    this.groups.set(group.clientId, { ...next, tenantId });
    return next;
  }

  async updateConsents(
    tenantId: TenantId,
    clientId: string,
    consents: ReadonlyMap<string, MemberConsent>,
  ): Promise<void> {
    const group = this.groups.get(clientId);
    if (!group || group.tenantId !== tenantId) return;
    this.groups.set(clientId, {
      ...group,
      members: group.members.map((member) => {
        const consent = member.kind === 'external' ? consents.get(member.id) : undefined;
        return consent && member.kind === 'external' ? { ...member, consent } : member;
      }),
    });
  }

  async insertMeeting(tenantId: TenantId, meeting: GroupMeeting): Promise<void> {
    this.meetings.set(meeting.id, { ...meeting, tenantId });
  }

  async findMeeting(
    tenantId: TenantId,
    clientId: string,
    meetingId: string,
  ): Promise<GroupMeeting | null> {
    const meeting = this.meetings.get(meetingId);
    if (!meeting || meeting.tenantId !== tenantId || meeting.clientId !== clientId) return null;
    const { tenantId: _, ...rest } = meeting;
    return rest;
  }

  async recordMinutes(tenantId: TenantId, meeting: GroupMeeting): Promise<void> {
    this.meetings.set(meeting.id, { ...meeting, tenantId });
  }

  async listMeetings(tenantId: TenantId, clientId: string): Promise<GroupMeeting[]> {
    return [...this.meetings.values()]
      .filter((meeting) => meeting.tenantId === tenantId && meeting.clientId === clientId)
      .sort((a, b) => b.scheduledAt.getTime() - a.scheduledAt.getTime())
      .map(({ tenantId: _, ...meeting }) => meeting);
  }
}
