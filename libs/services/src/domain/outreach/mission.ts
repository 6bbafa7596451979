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
  /** Set when the client's record carries a violence-risk flag or two staff were asked for: the database then refuses fewer than two staff. */
  twoStaffRequired: boolean;
  status: MissionStatus;
  outcome: string | null;
  createdBy: string;
  version: number;
}

/** A client with a violence-risk flag is never visited alone (CL-10 → SV-6); nor is one two staff were asked for. */
export function assertMissionStaffing(
  staffIds: readonly string[],
  twoStaffRequired: boolean,
): void {
  if (twoStaffRequired && new Set(staffIds).size < 2) {
    throw new ServicesError(
      ServicesErrorCode.TwoStaffRequired,
      'This mission needs two staff: the client carries a violence-risk flag, or two were asked for.',
      [
        violation(
          'staffIds',
          'two-staff-required',
          'must name two different staff members when the client has a violence-risk flag or two staff were asked for',
        ),
      ],
      { required: 2, given: new Set(staffIds).size },
    );
  }
}
