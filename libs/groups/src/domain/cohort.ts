import type { TenantId } from '@lavterskel/kernel';
import type { TimeSlot } from './schedule';

export type CohortStatus = 'active' | 'dissolved';

export const MAX_COHORT_SIZE = 100;

/**
 * A fixed sub-group of a group (GR-3) that always meets in the same time slot. A dissolved
 * cohort no longer meets; it is kept so that an arrangement can be restored exactly.
 */
export interface Cohort {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly groupId: string;
  readonly slot: TimeSlot;
  readonly maxSize: number;
  readonly status: CohortStatus;
  readonly createdAt: Date;
}
