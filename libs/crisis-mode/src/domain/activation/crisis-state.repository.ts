import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { AppliedEffects, CrisisState, LevelChange } from './crisis-state';

export interface CrisisStateRepository {
  /** The state, `forUpdate` locking it (changes of one municipality apply one after another). */
  find(tenantId: TenantId, options?: { forUpdate?: boolean }): Promise<CrisisState | null>;
  /** Inserts or updates, conditional on `expectedVersion` (0: none yet); false when it moved. */
  save(state: CrisisState, expectedVersion: number): Promise<boolean>;
  insertChange(change: LevelChange, effects: AppliedEffects): Promise<void>;
  findEffects(tenantId: TenantId, levelChangeId: string): Promise<AppliedEffects | null>;
  listChanges(tenantId: TenantId, page: PageRequest): Promise<Page<LevelChange>>;
}
