import type { TenantId } from '@lavterskel/kernel';

/** A team of staff that runs one or more services; its id is what tokens carry in `teams`. */
export interface Team {
  id: string;
  tenantId: TenantId;
  name: string;
  createdAt: Date;
}
