import { IsNull } from 'typeorm';
import type { TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { ClientMerge, ClientMergeReversal } from '../../domain/merge/client-merge';
import type { ClientMergeRepository } from '../../domain/merge/client-merge.repository';
import { clientMerged } from '../../domain/merge/merge-errors';
import { isUniqueViolation } from '../shared/unique-violation';
import { ClientMergeEntity } from './client-merge.entity';

export class TypeOrmClientMergeRepository implements ClientMergeRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(merge: ClientMerge): Promise<void> {
    try {
      await this.manager().insert(ClientMergeEntity, {
        id: merge.id,
        tenantId: merge.tenantId,
        mergedClientId: merge.mergedClientId,
        survivorId: merge.survivorId,
        reason: merge.reason,
        mergedBy: merge.mergedBy,
        mergedAt: merge.mergedAt,
        receipts: [...merge.receipts],
        reversedBy: null,
        reversedAt: null,
        reversalReason: null,
      });
    } catch (error) {
      // Another merge of the same client committed first.
      if (isUniqueViolation(error, 'client_merge_standing_key')) {
        throw clientMerged(merge.mergedClientId, merge.survivorId);
      }
      throw error;
    }
  }

  async find(tenantId: TenantId, id: string): Promise<ClientMerge | null> {
    const row = await this.manager().findOneBy(ClientMergeEntity, { tenantId, id });
    return row ? toClientMerge(row) : null;
  }

  async lockClients(tenantId: TenantId, clientIds: readonly string[]): Promise<void> {
    await this.manager().query(
      `SELECT id FROM clients.client WHERE tenant_id = $1 AND id = ANY($2::uuid[]) ORDER BY id FOR UPDATE`,
      [tenantId, [...clientIds]],
    );
  }

  async markReversed(
    tenantId: TenantId,
    id: string,
    reversal: ClientMergeReversal,
  ): Promise<boolean> {
    const result = await this.manager().update(
      ClientMergeEntity,
      { tenantId, id, reversedAt: IsNull() },
      {
        reversedBy: reversal.reversedBy,
        reversedAt: reversal.reversedAt,
        reversalReason: reversal.reason,
      },
    );
    return result.affected === 1;
  }
}

function toClientMerge(row: ClientMergeEntity): ClientMerge {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    mergedClientId: row.mergedClientId,
    survivorId: row.survivorId,
    reason: row.reason,
    mergedBy: row.mergedBy,
    mergedAt: row.mergedAt,
    receipts: row.receipts,
    reversal:
      row.reversedAt && row.reversedBy && row.reversalReason
        ? { reversedBy: row.reversedBy, reversedAt: row.reversedAt, reason: row.reversalReason }
        : null,
  };
}
