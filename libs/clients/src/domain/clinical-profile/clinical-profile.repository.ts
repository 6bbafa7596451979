import type { TenantId } from '@lavterskel/kernel';
import type { ClinicalProfile } from './clinical-profile';

/** Port: one clinical profile per client. Every method is tenant-scoped. */
export interface ClinicalProfileRepository {
  find(tenantId: TenantId, clientId: string): Promise<ClinicalProfile | null>;
  /** Stores a first profile; throws `clients.clinical-profile-exists` when the client has one. */
  insert(tenantId: TenantId, profile: ClinicalProfile): Promise<void>;
  /** Replaces the profile if its version is `expectedVersion` (else `staleVersion()`); returns it at the next version. */
  update(
    tenantId: TenantId,
    profile: ClinicalProfile,
    expectedVersion: number,
  ): Promise<ClinicalProfile>;
}
