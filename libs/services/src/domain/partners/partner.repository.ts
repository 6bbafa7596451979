import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Partner, PartnerKind } from './partner';

export interface PartnerRepository {
  /** Throws `services.already-exists` when the municipality already has a partner of that name. */
  insert(partner: Partner): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<Partner | null>;
  /** The ids among `ids` that are partners of the municipality. */
  existing(tenantId: TenantId, ids: readonly string[]): Promise<Set<string>>;
  list(filter: PageRequest & { tenantId: TenantId; kind?: PartnerKind }): Promise<Page<Partner>>;
}
