import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Referral, ReferralStatus, ReferralStatusChange } from './referral';

export interface ReferralRepository {
  /** Stores a new referral and its first status change. */
  insert(referral: Referral, change: ReferralStatusChange): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<Referral | null>;
  /**
   * Stores `referral` and appends `change` if the stored version is still `expectedVersion`;
   * false when it has changed.
   */
  update(
    referral: Referral,
    change: ReferralStatusChange,
    expectedVersion: number,
  ): Promise<boolean>;
  /** A referral's status history, oldest first. */
  history(tenantId: TenantId, referralId: string): Promise<ReferralStatusChange[]>;
  /** A client's referrals, newest first. */
  listForClient(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<Referral>>;
  /** Referrals to a service (only those in `status` when given), soonest due first. */
  listIncoming(
    filter: PageRequest & { tenantId: TenantId; serviceId: string; status?: ReferralStatus },
  ): Promise<Page<Referral>>;
}
