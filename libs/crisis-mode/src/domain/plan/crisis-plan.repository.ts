import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { CrisisPlan } from './crisis-plan';

export interface CrisisPlanRepository {
  /** A plan version; (tenant, id, version) is unique, so two editors cannot both make version n+1. */
  insert(plan: CrisisPlan): Promise<void>;
  /** The newest version, or a given one. */
  find(tenantId: TenantId, id: string, version?: number): Promise<CrisisPlan | null>;
  versions(tenantId: TenantId, id: string): Promise<CrisisPlan[]>;
  /** The newest version of each plan. */
  list(tenantId: TenantId, page: PageRequest): Promise<Page<CrisisPlan>>;
}
