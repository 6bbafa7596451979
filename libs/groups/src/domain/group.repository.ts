import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Group } from './group';

export interface GroupListQuery extends PageRequest {
  tenantId: TenantId;
  serviceId?: string;
}

/** Port: groups of a municipality. */
export interface GroupRepository {
  insert(group: Group): Promise<void>;
  find(tenantId: TenantId, id: string): Promise<Group | null>;
  /** Writes `group` (version already raised) when the stored version is `group.version - 1`; else `staleVersion()`. */
  update(group: Group): Promise<void>;
  /** By name, then id. */
  list(query: GroupListQuery): Promise<Page<Group>>;
}
