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
  /** The services among `ids`, each row locked until the transaction ends (in id order, so batches never deadlock). */
  findManyForUpdate(tenantId: TenantId, ids: readonly string[]): Promise<Service[]>;
  /** Stores the mode of each service whose version is still `expectedVersion`, in one statement; how many it stored. */
  updateModes(
    tenantId: TenantId,
    updates: readonly { service: Service; expectedVersion: number }[],
  ): Promise<number>;
  /** Many history entries in one multi-row INSERT. */
  insertModeChanges(changes: readonly ServiceModeChange[]): Promise<void>;
  /** Newest first. */
  listModeChanges(
    tenantId: TenantId,
    serviceId: string,
    page: PageRequest,
  ): Promise<Page<ServiceModeChange>>;
}
