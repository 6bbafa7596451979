import type { TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';

export interface StaffMember {
  id: string;
  tenantId: TenantId;
  /** The `sub` of the person's access token, when they log in; unique in the municipality. */
  subject: string | null;
  name: string;
  /** e.g. nurse, social worker, drug consultant. */
  profession: string | null;
  createdAt: Date;
}

export interface TeamMembership {
  id: string;
  tenantId: TenantId;
  teamId: string;
  staffId: string;
  joinedOn: IsoDate;
  /** The last day in the team; `null` while a member. */
  leftOn: IsoDate | null;
}

/** A certification such as `lar-dispensing` or `field-nursing`, valid from one day until it expires. */
export interface Competency {
  id: string;
  tenantId: TenantId;
  staffId: string;
  code: string;
  certifiedOn: IsoDate;
  /** The last day it is valid; `null` when it does not expire. */
  expiresOn: IsoDate | null;
  recordedBy: string;
  recordedAt: Date;
}

/** On duty, or away for a reason; an absence wins over an on-duty period that covers the same day. */
export const AVAILABILITY_STATUSES = ['on-duty', 'sick', 'quarantined', 'lent-to-partner'] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

export interface AvailabilityPeriod {
  id: string;
  tenantId: TenantId;
  staffId: string;
  status: AvailabilityStatus;
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  /** The partner a staff member is lent to (`lent-to-partner` only). */
  partnerId: string | null;
  recordedBy: string;
  recordedAt: Date;
}

/** A staff member with their teams, competencies and availability. */
export interface StaffProfile {
  member: StaffMember;
  memberships: TeamMembership[];
  competencies: Competency[];
  availability: AvailabilityPeriod[];
}
