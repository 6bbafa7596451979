import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Service, ServiceCategory, ServiceMode, ServiceModeChange } from './service';

export interface ServiceFilter extends PageRequest {
  tenantId: TenantId;
  category?: ServiceCategory;
  critical?: boolean;
  teamId?: string;
  mode?: ServiceMode;
}

export interface ServiceRepository {
  /** Throws `services.already-exists` when the municipality already has a service of that name. */
  insert(service: Service): Promise<void>;
  /** `forUpdate` locks the row until the transaction ends, so mode changes queue up one by one. */
  findById(
    tenantId: TenantId,
    id: string,
    options?: { forUpdate?: boolean },
  ): Promise<Service | null>;
  list(filter: ServiceFilter): Promise<Page<Service>>;
  /** Stores `service` if the stored version is still `expectedVersion`; false when it has changed. */
  update(service: Service, expectedVersion: number): Promise<boolean>;
  insertModeChange(change: ServiceModeChange): Promise<void>;
  /** Newest first. */
  listModeChanges(
    tenantId: TenantId,
    serviceId: string,
    page: PageRequest,
  ): Promise<Page<ServiceModeChange>>;
}
