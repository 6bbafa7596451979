import type { TenantId } from '@lavterskel/kernel';
import type { ClientMerge, ClientMergeReversal } from '../merge/client-merge';
import type { ClientMergeRepository } from '../merge/client-merge.repository';
import { clientMerged } from '../merge/merge-errors';
import type { InMemoryClientRepository } from './in-memory-client.repository';

/** ClientMergeRepository in memory; it tells the client repository who stands merged into whom. */
export class InMemoryClientMergeRepository implements ClientMergeRepository {
  readonly merges = new Map<string, ClientMerge>();

  constructor(private readonly clients: InMemoryClientRepository) {}

  async insert(merge: ClientMerge): Promise<void> {
    if (this.clients.survivors.has(merge.mergedClientId)) {
      throw clientMerged(merge.mergedClientId, merge.survivorId);
    }
    this.merges.set(merge.id, merge);
    this.clients.survivors.set(merge.mergedClientId, merge.survivorId);
  }

  async find(tenantId: TenantId, id: string): Promise<ClientMerge | null> {
    const merge = this.merges.get(id);
    return merge && merge.tenantId === tenantId ? merge : null;
  }

  /** One test runs one thing at a time: nothing to lock. */
  lockClients(): Promise<void> {
    return Promise.resolve();
  }

  async markReversed(
    tenantId: TenantId,
    id: string,
    reversal: ClientMergeReversal,
  ): Promise<boolean> {
    const merge = await this.find(tenantId, id);
    if (!merge || merge.reversal !== null) return false;
    this.merges.set(id, { ...merge, reversal });
    this.clients.survivors.delete(merge.mergedClientId);
    return true;
  }
}
