import type { ClientBase } from 'pg';

/** A table the writer fills: its qualified name and its columns with their SQL types. */
export interface TableSpec {
  readonly name: string;
  readonly columns: readonly (readonly [column: string, type: string])[];
}

/** One value of a row; arrays go to array columns, objects to jsonb columns. */
export type SqlValue = string | number | boolean | Date | null | readonly unknown[] | object;

/** Rows per statement: large enough that round trips vanish, small enough for modest memory. */
const CHUNK_ROWS = 5_000;

/**
 * Buffers rows per table and writes each buffer as one `INSERT … SELECT FROM unnest($1::text[],
 * …)` (one array parameter per column). Buffers are flushed in the order the tables were given,
 * which is foreign-key order, so a row never arrives before the row it points to.
 */
export class BulkWriter {
  private readonly buffers: Map<string, { spec: TableSpec; columns: (string | null)[][] }>;
  readonly rows: Record<string, number> = {};

  constructor(
    private readonly client: ClientBase,
    tables: readonly TableSpec[],
  ) {
    this.buffers = new Map(
      tables.map((spec) => [spec.name, { spec, columns: spec.columns.map(() => []) }]),
    );
    for (const spec of tables) this.rows[spec.name] = 0;
  }

  async add(table: TableSpec, values: readonly SqlValue[]): Promise<void> {
    const buffer = this.buffers.get(table.name);
    if (!buffer) throw new Error(`${table.name} is not one of the writer's tables`);
    if (values.length !== table.columns.length) {
      throw new Error(`${table.name} takes ${table.columns.length} values, got ${values.length}`);
    }
    table.columns.forEach(([, type], index) => {
      buffer.columns[index]?.push(encode(values[index] ?? null, type));
    });
    if ((buffer.columns[0]?.length ?? 0) >= CHUNK_ROWS) await this.flush();
  }

  /** Writes every buffered row, table by table in foreign-key order. */
  async flush(): Promise<void> {
    for (const { spec, columns } of this.buffers.values()) {
      const count = columns[0]?.length ?? 0;
      if (count === 0) continue;
      await this.client.query(insertStatement(spec), columns);
      this.rows[spec.name] = (this.rows[spec.name] ?? 0) + count;
      for (const column of columns) column.length = 0;
    }
  }
}

function insertStatement(spec: TableSpec): string {
  const names = spec.columns.map(([column]) => `"${column}"`).join(', ');
  const casts = spec.columns.map(([, type], index) => `c${index}::${type}`).join(', ');
  const parameters = spec.columns.map((_, index) => `$${index + 1}::text[]`).join(', ');
  const aliases = spec.columns.map((_, index) => `c${index}`).join(', ');
  return `INSERT INTO ${spec.name} (${names}) SELECT ${casts} FROM unnest(${parameters}) AS r(${aliases})`;
}

/** Every value travels as text and is cast to its column's type by the server. */
function encode(value: SqlValue, type: string): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (type.endsWith('[]')) return arrayLiteral(value as readonly unknown[]);
  if (type === 'jsonb') return JSON.stringify(value);
  return String(value);
}

function arrayLiteral(items: readonly unknown[]): string {
  const quoted = items.map((item) => `"${String(item).replace(/[\\"]/g, (c) => `\\${c}`)}"`);
  return `{${quoted.join(',')}}`;
}
