import type { TenantId } from '@lavterskel/kernel';
import type { Relative } from './relative';

/** Port: a client's relatives and trusted persons. Every method is tenant-scoped. */
export interface RelativeRepository {
  insert(tenantId: TenantId, relative: Relative): Promise<void>;
  find(tenantId: TenantId, clientId: string, relativeId: string): Promise<Relative | null>;
  /** All of the client's relatives (a handful), by name. */
  listByClient(tenantId: TenantId, clientId: string): Promise<Relative[]>;
  /** Stores `relative` if its version is `expectedVersion` (else `staleVersion()`); returns it at the next version. */
  update(tenantId: TenantId, relative: Relative, expectedVersion: number): Promise<Relative>;
  /** False when there was no such relative. */
  remove(tenantId: TenantId, clientId: string, relativeId: string): Promise<boolean>;
}
