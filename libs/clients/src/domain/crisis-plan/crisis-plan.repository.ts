import type { TenantId } from '@lavterskel/kernel';
import type { CrisisPlan } from './crisis-plan';

/** Port: one crisis plan per client. Every method is tenant-scoped. */
export interface CrisisPlanRepository {
  find(tenantId: TenantId, clientId: string): Promise<CrisisPlan | null>;
  /** Stores a first plan; throws `clients.crisis-plan-exists` when the client has one. */
  insert(tenantId: TenantId, plan: CrisisPlan): Promise<void>;
  /** Replaces the plan if its version is `expectedVersion` (else `staleVersion()`); returns it at the next version. */
  update(tenantId: TenantId, plan: CrisisPlan, expectedVersion: number): Promise<CrisisPlan>;
}
