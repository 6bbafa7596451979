import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Team } from './team';

export interface TeamRepository {
  /** Throws `services.already-exists` when the municipality already has a team of that name. */
  insert(team: Team): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<Team | null>;
  list(tenantId: TenantId, page: PageRequest): Promise<Page<Team>>;
}
