import { daysBetween, isCalendarDay, isUuid, osloDate, type TenantId } from '@lavterskel/kernel';
import { CODE } from '../shared/vocabulary';
import { notBlank, violation, type Check } from '../shared/violations';

/** A trained staff member assigned as back-up to a critical service for a period (CR-5). */
export interface BackupAssignment {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly serviceId: string;
  readonly staffId: string;
  /** The competency they cover at the service, e.g. `lar-dispensing`. */
  readonly competency: string;
  /** Oslo days, both inclusive. */
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  readonly assignedBy: string;
  readonly assignedAt: Date;
  /** Ended before `to`: from the Oslo day it was ended, it no longer counts. */
  readonly endedAt: Date | null;
  readonly endedBy: string | null;
}

export const MAX_BACKUP_DAYS = 366;
export const MAX_REASON_LENGTH = 1000;

/** Does the assignment count on `day`? Within its period, and not ended on or before that day. */
export function coversDay(assignment: BackupAssignment, day: string): boolean {
  return (
    assignment.from <= day &&
    day <= assignment.to &&
    (assignment.endedAt === null || day < osloDate(assignment.endedAt))
  );
}

export interface BackupAssignmentInput {
  readonly serviceId: string;
  readonly staffId: string;
  readonly competency: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

export function backupAssignmentViolations(input: BackupAssignmentInput): Check[] {
  const days = isCalendarDay(input.from) && isCalendarDay(input.to);
  return [
    !isUuid(input.serviceId) && violation('serviceId', 'uuid', 'must be a service id'),
    !isUuid(input.staffId) && violation('staffId', 'uuid', 'must be a staff member id'),
    !(typeof input.competency === 'string' && CODE.test(input.competency)) &&
      violation('competency', 'code', 'must be a competency code, e.g. lar-dispensing'),
    !isCalendarDay(input.from) && violation('from', 'date', 'must be a date YYYY-MM-DD'),
    !isCalendarDay(input.to) && violation('to', 'date', 'must be a date YYYY-MM-DD'),
    days && input.to < input.from && violation('to', 'after-from', 'must not be before from'),
    days &&
      daysBetween(input.from, input.to) >= MAX_BACKUP_DAYS &&
      violation('to', 'max-period', `must be at most ${MAX_BACKUP_DAYS} days after from`),
    notBlank(input.reason, 'reason'),
    typeof input.reason === 'string' &&
      input.reason.length > MAX_REASON_LENGTH &&
      violation('reason', 'max-length', `must be at most ${MAX_REASON_LENGTH} characters`),
  ];
}
