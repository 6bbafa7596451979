import type { ClientMergeReceipt, TenantId } from '@lavterskel/kernel';

export const MIN_MERGE_REASON = 10;
export const MAX_MERGE_REASON = 1000;

/**
 * A pseudonymous client merged into an identified one (CL-1): the records every library moved,
 * each participant's receipt, and the reversal when a privacy officer undid it. The merged
 * client's own row stays, and its id resolves to the survivor while the merge stands.
 */
export interface ClientMerge {
  readonly id: string;
  readonly tenantId: TenantId;
  /** The pseudonymous client whose records moved. */
  readonly mergedClientId: string;
  /** The identified client who holds them now. */
  readonly survivorId: string;
  readonly reason: string;
  readonly mergedBy: string;
  readonly mergedAt: Date;
  /** One per library, in the order they ran: exactly which rows moved, which stayed apart. */
  readonly receipts: readonly ClientMergeReceipt[];
  readonly reversal: ClientMergeReversal | null;
}

export interface ClientMergeReversal {
  readonly reversedBy: string;
  readonly reversedAt: Date;
  readonly reason: string;
}
