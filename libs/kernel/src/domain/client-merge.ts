import type { TenantId } from './tenant-id';

/** One merge of a client into another, as every library's participant sees it. */
export interface ClientMergeContext {
  readonly tenantId: TenantId;
  /** The client merged away: its records move. */
  readonly fromClientId: string;
  /** The surviving client: the records' new owner. */
  readonly toClientId: string;
  readonly mergeId: string;
}

/** What one participant did in one table: the rows it moved, the rows it had to leave. */
export interface ClientMergeTableReceipt {
  /** Schema-qualified, e.g. `services.enrolment`. */
  readonly table: string;
  /** Keys of the rows now under the survivor; exactly these move back on reversal. */
  readonly moved: readonly string[];
  /**
   * Keys of rows left under the merged client because the survivor already holds one of its
   * own that a unique rule allows only once (an open enrolment in the same service, a seat in
   * the same cohort); the team decides what to do with them.
   */
  readonly keptApart: readonly string[];
}

/** A participant's journal of one merge, stored with the merge record and handed back to restore it. */
export interface ClientMergeReceipt {
  readonly library: string;
  readonly tables: readonly ClientMergeTableReceipt[];
}

/**
 * Port: a library's share of a client merge. Each library that keeps records by client id
 * implements it over its own tables; the clients library's merge runs every participant in one
 * transaction (the caller's unit of work), so a merge moves everything or nothing.
 */
export interface ClientMergeParticipant {
  /** The library's name, e.g. `services`. */
  readonly library: string;
  /** Moves the records of `fromClientId` to `toClientId` and says exactly which. */
  moveClientRecords(context: ClientMergeContext): Promise<ClientMergeReceipt>;
  /** Moves exactly the rows of `receipt` back to `fromClientId` (the merge's reversal). */
  restoreClientRecords(context: ClientMergeContext, receipt: ClientMergeReceipt): Promise<void>;
}
