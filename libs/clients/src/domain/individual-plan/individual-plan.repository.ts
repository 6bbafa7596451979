import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { IndividualPlan, PlanVersion } from './individual-plan';

/** A plan on a team's review list. */
export interface PlanDueForReview {
  readonly clientId: string;
  readonly planId: string;
  readonly coordinator: string;
  readonly status: IndividualPlan['status'];
  readonly reviewDue: string;
}

/** Port: one individual plan per client, with every version kept. Tenant-scoped. */
export interface IndividualPlanRepository {
  /** `forUpdate` locks the plan's row until the transaction ends. */
  find(
    tenantId: TenantId,
    clientId: string,
    options?: { forUpdate?: boolean },
  ): Promise<IndividualPlan | null>;
  /** Stores a first plan and its version 1; throws `clients.individual-plan-exists` when there is one. */
  insert(tenantId: TenantId, plan: IndividualPlan): Promise<void>;
  /**
   * Replaces the plan if its version is `expectedVersion` (else `staleVersion()`), keeps the new
   * version, and returns the plan at it.
   */
  update(
    tenantId: TenantId,
    plan: IndividualPlan,
    expectedVersion: number,
  ): Promise<IndividualPlan>;
  /** Newest version first. */
  versions(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<PlanVersion>>;
  /** Draft and active plans of the team due for review on or before `by`, soonest first. */
  dueForReview(
    query: { tenantId: TenantId; teamId: string; by: string },
    page: PageRequest,
  ): Promise<Page<PlanDueForReview>>;
}
