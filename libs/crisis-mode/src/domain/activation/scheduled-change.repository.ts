import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { ScheduledChange } from './scheduled-change';

export interface ScheduledChangeRepository {
  insert(change: ScheduledChange): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<ScheduledChange | null>;
  list(tenantId: TenantId, page: PageRequest): Promise<Page<ScheduledChange>>;
  /**
   * Locks the oldest pending change due at `now` that no other process holds (`FOR UPDATE SKIP
   * LOCKED`), for the caller's transaction; `null` when none.
   */
  claimDue(now: Date): Promise<ScheduledChange | null>;
  settle(input: {
    tenantId: TenantId;
    id: string;
    status: Exclude<ScheduledChange['status'], 'pending'>;
    levelChangeId: string | null;
    error: string | null;
    at: Date;
  }): Promise<boolean>;
}
