import type { TenantId } from '@lavterskel/kernel';
import { ServicesError, ServicesErrorCode } from '../services-error';
import { violation } from '../shared/validation';

export const MISSION_STATUSES = ['planned', 'completed', 'cancelled'] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];

/** A trip out by the ambulant team: who goes, where and when (SV-6). */
export interface Mission {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  /** The request it answers, if any. */
  requestId: string | null;
  clientId: string | null;
  plannedAt: Date;
  location: string;
  staffIds: string[];
  /** Set when the client carries a violence-risk flag: the database then refuses fewer than two staff. */
  twoStaffRequired: boolean;
  status: MissionStatus;
  outcome: string | null;
  createdBy: string;
  version: number;
}

/** A client with a violence-risk flag is never visited alone (CL-10 → SV-6). */
export function assertMissionStaffing(staffIds: readonly string[], violenceRisk: boolean): void {
  if (violenceRisk && new Set(staffIds).size < 2) {
    throw new ServicesError(
      ServicesErrorCode.TwoStaffRequired,
      'This client carries a violence-risk flag: a mission needs two staff.',
      [
        violation(
          'staffIds',
          'two-staff-required',
          'must name two different staff members when the client has a violence-risk flag',
        ),
      ],
      { required: 2, given: new Set(staffIds).size },
    );
  }
}
