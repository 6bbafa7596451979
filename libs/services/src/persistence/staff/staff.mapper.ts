import type { TenantId } from '@lavterskel/kernel';
import type {
  AvailabilityPeriod,
  AvailabilityStatus,
  Competency,
  StaffMember,
  TeamMembership,
} from '../../domain/staff/staff-member';
import { AvailabilityPeriodEntity } from './availability-period.entity';
import { CompetencyEntity } from './competency.entity';
import { StaffMemberEntity } from './staff-member.entity';
import { TeamMembershipEntity } from './team-membership.entity';

export function toStaffMember(row: StaffMemberEntity): StaffMember {
  return { ...row, tenantId: row.tenantId as TenantId };
}

export function toMembership(row: TeamMembershipEntity): TeamMembership {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    teamId: row.teamId,
    staffId: row.staffId,
    joinedOn: row.joinedOn,
    leftOn: row.leftOn,
  };
}

export function toCompetency(row: CompetencyEntity): Competency {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    staffId: row.staffId,
    code: row.code,
    certifiedOn: row.certifiedOn,
    expiresOn: row.expiresOn,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}

export function toAvailability(row: AvailabilityPeriodEntity): AvailabilityPeriod {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    staffId: row.staffId,
    status: row.status as AvailabilityStatus,
    from: row.fromDate,
    to: row.toDate,
    partnerId: row.partnerId,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}

export function fromAvailability(period: AvailabilityPeriod): AvailabilityPeriodEntity {
  const { from, to, ...rest } = period;
  return Object.assign(new AvailabilityPeriodEntity(), { ...rest, fromDate: from, toDate: to });
}
