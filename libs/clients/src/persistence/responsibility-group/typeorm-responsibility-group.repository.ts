import { staleVersion, type TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type {
  GroupMember,
  MemberConsent,
  MemberConsentStatus,
  MemberKind,
  OrganisationKind,
  ResponsibilityGroup,
} from '../../domain/responsibility-group/responsibility-group';
import { responsibilityGroupExists } from '../../domain/responsibility-group/responsibility-group-errors';
import type {
  GroupMeeting,
  MeetingChannel,
  MeetingStatus,
} from '../../domain/responsibility-group/responsibility-group-meeting';
import type { ResponsibilityGroupRepository } from '../../domain/responsibility-group/responsibility-group.repository';
import { isUniqueViolation } from '../shared/unique-violation';
import { ResponsibilityGroupMeetingEntity } from './responsibility-group-meeting.entity';
import { ResponsibilityGroupMemberEntity } from './responsibility-group-member.entity';
import { ResponsibilityGroupEntity } from './responsibility-group.entity';

const EMPTY = {
  subject: null,
  name: null,
  coordinator: false,
  organisationKind: null,
  organisationName: null,
  organisationNumber: null,
  phone: null,
  email: null,
  relativeId: null,
  consentStatus: null,
  consentCheckedAt: null,
  consentDecisions: null,
};

function memberRow(
  tenantId: TenantId,
  clientId: string,
  member: GroupMember,
  position: number,
): ResponsibilityGroupMemberEntity {
  const base = {
    ...EMPTY,
    id: member.id,
    tenantId,
    clientId,
    position,
    kind: member.kind,
    validFrom: member.validFrom,
    validTo: member.validTo,
  };
  switch (member.kind) {
    case 'staff':
      return {
        ...base,
        subject: member.subject,
        name: member.name,
        coordinator: member.coordinator,
      };
    case 'external':
      return {
        ...base,
        name: member.name,
        organisationKind: member.organisation.kind,
        organisationName: member.organisation.name,
        organisationNumber: member.organisation.organisationNumber,
        phone: member.phone,
        email: member.email,
        consentStatus: member.consent.status,
        consentCheckedAt: member.consent.checkedAt,
        consentDecisions: member.consent.decisions.map((decision) => ({ ...decision })),
      };
    case 'relative':
      return { ...base, relativeId: member.relativeId, name: member.name };
    case 'client':
      return base;
  }
}

function memberOf(row: ResponsibilityGroupMemberEntity): GroupMember {
  const base = { id: row.id, validFrom: row.validFrom, validTo: row.validTo };
  switch (row.kind as MemberKind) {
    case 'staff':
      return {
        ...base,
        kind: 'staff',
        subject: row.subject ?? '',
        name: row.name ?? '',
        coordinator: row.coordinator,
      };
    case 'external':
      return {
        ...base,
        kind: 'external',
        organisation: {
          kind: row.organisationKind as OrganisationKind,
          name: row.organisationName ?? '',
          organisationNumber: row.organisationNumber,
        },
        name: row.name ?? '',
        phone: row.phone,
        email: row.email,
        consent: {
          status: row.consentStatus as MemberConsentStatus,
          checkedAt: row.consentCheckedAt ?? new Date(0),
          decisions: row.consentDecisions ?? [],
        },
      };
    case 'relative':
      return { ...base, kind: 'relative', relativeId: row.relativeId ?? '', name: row.name ?? '' };
    case 'client':
      return { ...base, kind: 'client' };
  }
}

function meetingRow(tenantId: TenantId, meeting: GroupMeeting): ResponsibilityGroupMeetingEntity {
  const minutes = meeting.minutes;
  return {
    id: meeting.id,
    tenantId,
    clientId: meeting.clientId,
    status: meeting.status,
    scheduledAt: meeting.scheduledAt,
    channel: meeting.channel,
    location: meeting.location,
    plannedBy: meeting.plannedBy,
    plannedAt: meeting.plannedAt,
    heldAt: minutes?.heldAt ?? null,
    attendeeMemberIds: minutes ? [...minutes.attendeeMemberIds] : null,
    decisions: minutes ? [...minutes.decisions] : null,
    followUps: minutes ? [...minutes.followUps] : null,
    nextMeetingId: minutes?.nextMeetingId ?? null,
    recordedBy: minutes?.recordedBy ?? null,
    recordedAt: minutes?.recordedAt ?? null,
  };
}

function meetingOf(row: ResponsibilityGroupMeetingEntity): GroupMeeting {
  return {
    id: row.id,
    clientId: row.clientId,
    status: row.status as MeetingStatus,
    scheduledAt: row.scheduledAt,
    channel: row.channel as MeetingChannel,
    location: row.location,
    plannedBy: row.plannedBy,
    plannedAt: row.plannedAt,
    minutes:
      row.status === 'held'
        ? {
            heldAt: row.heldAt ?? row.scheduledAt,
            attendeeMemberIds: row.attendeeMemberIds ?? [],
            decisions: row.decisions ?? [],
            followUps: row.followUps ?? [],
            nextMeetingId: row.nextMeetingId,
            recordedBy: row.recordedBy ?? '',
            recordedAt: row.recordedAt ?? row.scheduledAt,
          }
        : null,
  };
}

/** Responsibility groups, their members and meetings on PostgreSQL (schema `clients`). */
export class TypeOrmResponsibilityGroupRepository implements ResponsibilityGroupRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async find(
    tenantId: TenantId,
    clientId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<ResponsibilityGroup | null> {
    const query = this.manager()
      .createQueryBuilder(ResponsibilityGroupEntity, 'g')
      .where('g.tenant_id = :tenantId AND g.client_id = :clientId', { tenantId, clientId });
    if (options.forUpdate) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) return null;
    const members = await this.manager().find(ResponsibilityGroupMemberEntity, {
      where: { tenantId, clientId },
      order: { position: 'ASC' },
    });
    return {
      id: row.id,
      clientId: row.clientId,
      categories: row.categories,
      members: members.map(memberOf),
      version: row.version,
      createdAt: row.createdAt,
      updatedBy: row.updatedBy,
      updatedAt: row.updatedAt,
    };
  }

  async insert(tenantId: TenantId, group: ResponsibilityGroup): Promise<void> {
    try {
      await this.manager().insert(ResponsibilityGroupEntity, {
        clientId: group.clientId,
        id: group.id,
        tenantId,
        categories: [...group.categories],
        version: group.version,
        createdAt: group.createdAt,
        updatedBy: group.updatedBy,
        updatedAt: group.updatedAt,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'responsibility_group_pkey')) throw responsibilityGroupExists();
      throw error;
    }
    await this.insertMembers(tenantId, group);
  }

  async update(
    tenantId: TenantId,
    group: ResponsibilityGroup,
    expectedVersion: number,
  ): Promise<ResponsibilityGroup> {
    const next = { ...group, version: expectedVersion + 1 };
    const result = await this.manager()
      .createQueryBuilder()
      .update(ResponsibilityGroupEntity)
      .set({
        categories: [...next.categories],
        version: next.version,
        updatedBy: next.updatedBy,
        updatedAt: next.updatedAt,
      })
      .where('client_id = :clientId AND tenant_id = :tenantId AND version = :expectedVersion', {
        clientId: group.clientId,
        tenantId,
        expectedVersion,
      })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    // The members as written replace the ones there were (ids kept for those named).
    await this.manager().delete(ResponsibilityGroupMemberEntity, {
      tenantId,
      clientId: group.clientId,
    });
    await this.insertMembers(tenantId, next);
    return next;
  }

  async updateConsents(
    tenantId: TenantId,
    clientId: string,
    consents: ReadonlyMap<string, MemberConsent>,
  ): Promise<void> {
    for (const [id, consent] of consents) {
      await this.manager().update(
        ResponsibilityGroupMemberEntity,
        { tenantId, clientId, id, kind: 'external' },
        {
          consentStatus: consent.status,
          consentCheckedAt: consent.checkedAt,
          consentDecisions: consent.decisions.map((decision) => ({ ...decision })),
        },
      );
    }
  }

  async insertMeeting(tenantId: TenantId, meeting: GroupMeeting): Promise<void> {
    await this.manager().insert(ResponsibilityGroupMeetingEntity, meetingRow(tenantId, meeting));
  }

  async findMeeting(
    tenantId: TenantId,
    clientId: string,
    meetingId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<GroupMeeting | null> {
    const query = this.manager()
      .createQueryBuilder(ResponsibilityGroupMeetingEntity, 'm')
      .where('m.tenant_id = :tenantId AND m.client_id = :clientId AND m.id = :meetingId', {
        tenantId,
        clientId,
        meetingId,
      });
    if (options.forUpdate) query.setLock('pessimistic_write');
    const row = await query.getOne();
    return row ? meetingOf(row) : null;
  }

  async recordMinutes(tenantId: TenantId, meeting: GroupMeeting): Promise<void> {
    const { id, tenantId: _, clientId, ...changes } = meetingRow(tenantId, meeting);
    await this.manager().update(
      ResponsibilityGroupMeetingEntity,
      { id, tenantId, clientId },
      changes,
    );
  }

  async listMeetings(tenantId: TenantId, clientId: string): Promise<GroupMeeting[]> {
    const rows = await this.manager().find(ResponsibilityGroupMeetingEntity, {
      where: { tenantId, clientId },
      order: { scheduledAt: 'DESC', id: 'ASC' },
    });
    return rows.map(meetingOf);
  }

  private async insertMembers(tenantId: TenantId, group: ResponsibilityGroup): Promise<void> {
    if (group.members.length === 0) return;
    await this.manager().insert(
      ResponsibilityGroupMemberEntity,
      group.members.map((member, position) =>
        memberRow(tenantId, group.clientId, member, position),
      ),
    );
  }
}
