import type {
  ClientMergeContext,
  ClientMergeParticipant,
  ClientMergeReceipt,
} from '@lavterskel/kernel';

/** A library's records in memory: row id → client id. It moves them like the SQL participant. */
export class InMemoryMergeParticipant implements ClientMergeParticipant {
  readonly rows = new Map<string, string>();

  constructor(readonly library: string) {}

  async moveClientRecords(context: ClientMergeContext): Promise<ClientMergeReceipt> {
    const moved = [...this.rows].filter(([, clientId]) => clientId === context.fromClientId);
    for (const [rowId] of moved) this.rows.set(rowId, context.toClientId);
    return {
      library: this.library,
      tables: [{ table: 'records', moved: moved.map(([rowId]) => rowId), keptApart: [] }],
    };
  }

  async restoreClientRecords(
    context: ClientMergeContext,
    receipt: ClientMergeReceipt,
  ): Promise<void> {
    for (const rowId of receipt.tables.flatMap((table) => table.moved)) {
      this.rows.set(rowId, context.fromClientId);
    }
  }
}
