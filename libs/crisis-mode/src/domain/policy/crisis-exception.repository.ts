import type { TenantId } from '@lavterskel/kernel';
import type { CrisisException } from './effective-policy';

export interface CrisisExceptionRepository {
  insert(exception: CrisisException): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<CrisisException | null>;
  /** Exceptions of one client in force at `at` for `serviceId` (or for every service). */
  inForce(input: {
    tenantId: TenantId;
    clientId: string;
    serviceId: string | null;
    at: Date;
  }): Promise<CrisisException[]>;
  listForClient(tenantId: TenantId, clientId: string): Promise<CrisisException[]>;
  revoke(input: { tenantId: TenantId; id: string; by: string; at: Date }): Promise<boolean>;
}
