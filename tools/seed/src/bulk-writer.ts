import type { ClientBase } from 'pg';

/** A table the writer fills: its qualified name and its columns with their SQL types. */
export interface TableSpec {
  readonly name: string;
  readonly columns: readonly (readonly [column: string, type: string])[];
}

/** One value of a row; arrays go to array columns, objects to jsonb columns. */
export type SqlValue = string | number | boolean | Date | null | readonly unknown[] | object;

/** Rows per statement: large enough that round trips vanish, small enough for modest memory. */
const CHUNK_ROWS = 10_000;

/**
 * Buffers rows per table and writes each buffer as one `INSERT … SELECT FROM unnest($1::text[],
 * …)` (one array parameter per column). A full buffer is written with every buffer before it in
 * the order the tables were given, which is foreign-key order, so a row never arrives before
 * the row it points to. The statements of one flush run while the next rows are generated:
 * the database and Node work at the same time, and at most one flush is in flight.
 */
export class BulkWriter {
  private readonly buffers: Map<string, { spec: TableSpec; columns: (string | null)[][] }>;
  private inFlight: Promise<unknown> = Promise.resolve();
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
    if ((buffer.columns[0]?.length ?? 0) >= CHUNK_ROWS) await this.send(table.name);
  }

  /** Writes every buffered row and waits until the database has them. */
  async flush(): Promise<void> {
    await this.send(undefined);
    await this.inFlight;
  }

  /** Sends the buffers up to and including `last` (all when undefined), after the previous flush. */
  private async send(last: string | undefined): Promise<void> {
    await this.inFlight;
    const batches: { spec: TableSpec; columns: (string | null)[][] }[] = [];
    for (const buffer of this.buffers.values()) {
      const count = buffer.columns[0]?.length ?? 0;
      if (count > 0) {
        batches.push({ spec: buffer.spec, columns: buffer.columns });
        buffer.columns = buffer.spec.columns.map(() => []);
        this.rows[buffer.spec.name] = (this.rows[buffer.spec.name] ?? 0) + count;
      }
      if (buffer.spec.name === last) break;
    }
    // One statement after the other (a connection runs one at a time), while rows are generated.
    this.inFlight = (async () => {
      for (const { spec, columns } of batches) {
        await this.client.query(insertStatement(spec), columns);
      }
    })();
    // Failures surface at the next send or flush; until then they are not "unhandled".
    this.inFlight.catch(() => undefined);
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
