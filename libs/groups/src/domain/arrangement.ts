import type { TenantId } from '@lavterskel/kernel';
import type { CohortStatus } from './cohort';

export type ArrangementStatus = 'applied' | 'restored';

/**
 * A cohort size applied to many groups at once (GR-4), e.g. by crisis mode when a crisis
 * starts, kept with a snapshot of what it changed so that it can be restored exactly.
 */
export interface Arrangement {
  readonly id: string;
  readonly tenantId: TenantId;
  /** The caller's key, e.g. the crisis activation id; unique per municipality. */
  readonly reference: string;
  readonly maxSize: number;
  /** The services whose groups it covers; null: every group of the municipality. */
  readonly serviceIds: readonly string[] | null;
  readonly status: ArrangementStatus;
  readonly appliedAt: Date;
  readonly appliedBy: string;
  readonly restoredAt: Date | null;
  readonly restoredBy: string | null;
}

/** A cohort as it was before the arrangement; `previous` is null when the arrangement opened it. */
export interface ArrangedCohort {
  readonly cohortId: string;
  readonly groupId: string;
  readonly previous: { readonly maxSize: number; readonly status: CohortStatus } | null;
}

/** A member the arrangement moved or left without a seat, and the cohort they came from. */
export interface ArrangedMember {
  readonly membershipId: string;
  readonly groupId: string;
  readonly previousCohortId: string;
}

/** What restoring needs: every cohort the arrangement touched and every member it moved. */
export interface ArrangementSnapshot {
  readonly cohorts: readonly ArrangedCohort[];
  readonly members: readonly ArrangedMember[];
}

export const MAX_REFERENCE_LENGTH = 100;
export const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
