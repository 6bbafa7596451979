import type {
  ClientMergeContext,
  ClientMergeParticipant,
  ClientMergeReceipt,
  ClientMergeTableReceipt,
} from '../domain/client-merge';
import type { EntityManagerAccessor } from './entity-manager-accessor';

/**
 * One table whose rows belong to a client through its `client_id` column. Each library lists
 * its own in one small file; a new table with a client id is one more entry there.
 */
export interface ClientKeyedTable {
  /** Schema-qualified, e.g. `services.enrolment`. */
  readonly table: string;
  /** The column that names a row (text-comparable). Default `id`; `client_id` for one-per-client tables. */
  readonly key?: string;
  /**
   * The columns that, with `tenant_id` and `client_id`, a unique index allows only once
   * (`[]`: one row per client). A row that would collide with one the survivor already holds
   * stays with the merged client (kept apart).
   */
  readonly uniqueWith?: readonly string[];
  /** The unique index's predicate when it is partial, written on the given table alias. */
  readonly uniqueWhere?: (alias: string) => string;
}

/**
 * Transaction-local setting that the append-only triggers of consent and dispensing records
 * read: while it is set, they let through an update that changes `client_id` and nothing else.
 */
export const CLIENT_MERGE_SETTING = 'lavterskel.client_merge';

/**
 * A ClientMergeParticipant over a list of tables, in SQL: it moves each table's rows from one
 * client to the other (all but those a unique rule keeps apart), and on reversal moves back
 * exactly the keys its receipt names. It runs on the caller's transaction (`manager`).
 */
export class SqlClientMergeParticipant implements ClientMergeParticipant {
  constructor(
    readonly library: string,
    private readonly tables: readonly ClientKeyedTable[],
    private readonly manager: EntityManagerAccessor,
  ) {
    // The names are spliced into SQL: only plain identifiers (a library's own constants) pass.
    for (const table of tables) {
      const names = [...table.table.split('.'), table.key ?? 'id', ...(table.uniqueWith ?? [])];
      const bad = names.find((name) => !IDENTIFIER.test(name));
      if (bad !== undefined || table.table.split('.').length !== 2)
        throw new Error(
          `${library}: ${table.table} names "${bad ?? table.table}", not schema.table and plain identifiers`,
        );
    }
  }

  async moveClientRecords(context: ClientMergeContext): Promise<ClientMergeReceipt> {
    await this.allowClientIdChange(context);
    const tables: ClientMergeTableReceipt[] = [];
    for (const table of this.tables) {
      const params = [context.tenantId, context.fromClientId, context.toClientId];
      const moved = await this.keys(moveSql(table), params);
      // Without a unique rule every row moved: nothing can have stayed apart.
      const keptApart =
        table.uniqueWith === undefined
          ? []
          : await this.keys(
              `SELECT ${keyOf(table, 'kept')} AS key FROM ${quoted(table.table)} AS kept
          WHERE kept."tenant_id" = $1 AND kept."client_id" = $2 ORDER BY 1`,
              params.slice(0, 2),
            );
      tables.push({ table: table.table, moved, keptApart });
    }
    return { library: this.library, tables };
  }

  async restoreClientRecords(
    context: ClientMergeContext,
    receipt: ClientMergeReceipt,
  ): Promise<void> {
    await this.allowClientIdChange(context);
    for (const moved of receipt.tables) {
      const table = this.tables.find((candidate) => candidate.table === moved.table);
      if (!table) {
        // The list changed since the merge: restoring half of it would be worse than refusing.
        throw new Error(`${this.library} no longer lists ${moved.table}; cannot restore the merge`);
      }
      if (moved.moved.length === 0) continue;
      await this.manager().query(
        `UPDATE ${quoted(table.table)} AS moving SET "client_id" = $2
          WHERE moving."tenant_id" = $1 AND moving."client_id" = $3
            AND ${keyOf(table, 'moving')} = ANY($4::text[])`,
        [context.tenantId, context.fromClientId, context.toClientId, [...moved.moved]],
      );
    }
  }

  private async allowClientIdChange(context: ClientMergeContext): Promise<void> {
    await this.manager().query(`SELECT set_config($1, $2, true)`, [
      CLIENT_MERGE_SETTING,
      context.mergeId,
    ]);
  }

  private async keys(sql: string, params: readonly unknown[]): Promise<string[]> {
    const rows: { key: string }[] = await this.manager().query(sql, [...params]);
    return rows.map((row) => row.key);
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** $1 tenant, $2 from, $3 to: moves every row that does not collide with one of the survivor's. */
function moveSql(table: ClientKeyedTable): string {
  const collision =
    table.uniqueWith === undefined
      ? ''
      : `AND NOT EXISTS (SELECT 1 FROM ${quoted(table.table)} AS kept
            WHERE kept."tenant_id" = $1 AND kept."client_id" = $3
            ${table.uniqueWith.map((column) => `AND kept."${column}" = moving."${column}"`).join(' ')}
            ${table.uniqueWhere ? `AND (${table.uniqueWhere('kept')}) AND (${table.uniqueWhere('moving')})` : ''})`;
  return `WITH moved AS (
      UPDATE ${quoted(table.table)} AS moving SET "client_id" = $3
       WHERE moving."tenant_id" = $1 AND moving."client_id" = $2 ${collision}
      RETURNING ${keyOf(table, 'moving')} AS key)
    SELECT key FROM moved ORDER BY 1`;
}

function keyOf(table: ClientKeyedTable, alias: string): string {
  return `${alias}."${table.key ?? 'id'}"::text`;
}

function quoted(table: string): string {
  return table
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}
