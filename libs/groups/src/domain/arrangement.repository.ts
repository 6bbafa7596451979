import type { TenantId } from '@lavterskel/kernel';
import type { Arrangement, ArrangementSnapshot } from './arrangement';

/** Port: arrangements and their snapshots. */
export interface ArrangementRepository {
  /** A second arrangement with the same reference in the tenant is `ArrangementReferenceTaken`. */
  insert(arrangement: Arrangement): Promise<void>;
  /** Keeps what the arrangement changed, once its new cohorts are saved. */
  saveSnapshot(arrangement: Arrangement, snapshot: ArrangementSnapshot): Promise<void>;
  /** The arrangement, locked until the transaction ends. */
  lockByReference(tenantId: TenantId, reference: string): Promise<Arrangement | null>;
  findByReference(tenantId: TenantId, reference: string): Promise<Arrangement | null>;
  find(tenantId: TenantId, id: string): Promise<Arrangement | null>;
  snapshot(arrangement: Arrangement): Promise<ArrangementSnapshot>;
  markRestored(arrangement: Arrangement): Promise<void>;
}
