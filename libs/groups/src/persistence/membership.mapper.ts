import type { TenantId } from '@lavterskel/kernel';
import type { Membership, MembershipStatus } from '../domain/membership';
import type { Weekday } from '../domain/schedule';
import { MembershipEntity } from './membership.entity';

export function toMembership(row: MembershipEntity): Membership {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    groupId: row.groupId,
    clientId: row.clientId,
    status: row.status as MembershipStatus,
    cohortId: row.cohortId,
    preferredSlot:
      row.preferredWeekday !== null && row.preferredStartTime !== null
        ? { weekday: row.preferredWeekday as Weekday, startTime: row.preferredStartTime }
        : null,
    joinedAt: row.joinedAt,
    waitlistedAt: row.waitlistedAt,
    leftAt: row.leftAt,
    version: row.version,
  };
}

export function fromMembership(member: Membership): MembershipEntity {
  return Object.assign(new MembershipEntity(), {
    id: member.id,
    tenantId: member.tenantId,
    groupId: member.groupId,
    clientId: member.clientId,
    status: member.status,
    cohortId: member.cohortId,
    preferredWeekday: member.preferredSlot?.weekday ?? null,
    preferredStartTime: member.preferredSlot?.startTime ?? null,
    joinedAt: member.joinedAt,
    waitlistedAt: member.waitlistedAt,
    leftAt: member.leftAt,
    version: member.version,
  });
}
