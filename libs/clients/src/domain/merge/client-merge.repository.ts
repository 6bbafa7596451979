import type { TenantId } from '@lavterskel/kernel';
import type { ClientMerge, ClientMergeReversal } from './client-merge';

/** Port: the merge records of one or more municipalities. Every method is tenant-scoped. */
export interface ClientMergeRepository {
  /** Stores a new merge; a client already merged away throws `clients.client-merged`. */
  insert(merge: ClientMerge): Promise<void>;
  find(tenantId: TenantId, id: string): Promise<ClientMerge | null>;
  /**
   * Locks both clients' rows until the transaction ends (in id order, so two merges cannot
   * deadlock): merges and reversals touching the same client run one after the other.
   */
  lockClients(tenantId: TenantId, clientIds: readonly string[]): Promise<void>;
  /**
   * Marks the merge reversed unless it already was; false when another reversal came first
   * (the caller then refuses, so the records move back once only).
   */
  markReversed(tenantId: TenantId, id: string, reversal: ClientMergeReversal): Promise<boolean>;
}
