import type { TenantId } from '@lavterskel/kernel';
import type { Guideline } from './crisis-state';

export const SCHEDULED_CHANGE_STATUSES = ['pending', 'applied', 'failed', 'cancelled'] as const;
export type ScheduledChangeStatus = (typeof SCHEDULED_CHANGE_STATUSES)[number];

/** A level change set for a later time (CR-2); it fires once, on whichever API process claims it. */
export interface ScheduledChange {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly toLevel: string;
  /** The plan to activate with; `null` when going back to normal. */
  readonly planId: string | null;
  readonly reason: string;
  readonly guideline: Guideline;
  readonly requestedBy: string;
  readonly requestedByRoles: readonly string[];
  readonly runAt: Date;
  readonly status: ScheduledChangeStatus;
  readonly levelChangeId: string | null;
  readonly error: string | null;
  readonly createdAt: Date;
  readonly settledAt: Date | null;
}
