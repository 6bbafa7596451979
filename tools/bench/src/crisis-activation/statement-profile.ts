// Where the database time goes: wraps pg's Client#query (the driver TypeORM uses) and sums the
// time and count of each kind of statement while `record` runs.
import type { DataSource } from 'typeorm';

interface Bucket {
  statements: number;
  ms: number;
  rows: number;
}

type Query = (...args: unknown[]) => unknown;

export interface StatementProfile {
  /** Runs `work` with every statement timed; returns the buckets, slowest first. */
  record<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; wallMs: number; buckets: [string, Bucket][] }>;
}

/** A statement's kind: its verb and first table, e.g. `INSERT kernel.audit_event`. */
function kindOf(sql: string): string {
  const text = sql.replace(/\s+/g, ' ').trim();
  const verb = text.split(' ')[0]?.toUpperCase() ?? '?';
  const table =
    /(?:FROM|INTO|UPDATE)\s+("?\w+"?\."?\w+"?)/i.exec(text)?.[1]?.replace(/"/g, '') ?? '';
  return `${verb} ${table}`.trim();
}

export function statementProfile(dataSource: DataSource): StatementProfile {
  const pg = (
    dataSource.driver as unknown as { postgres: { Client: { prototype: { query: Query } } } }
  ).postgres;
  const original = pg.Client.prototype.query;
  let buckets: Map<string, Bucket> | null = null;
  pg.Client.prototype.query = function timedQuery(this: unknown, ...args: unknown[]): unknown {
    const result = original.apply(this, args);
    const first = args[0];
    const sql = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
    if (!buckets || !sql || !(result instanceof Promise)) return result;
    const into = buckets;
    const started = performance.now();
    return result.then((value: { rowCount?: number | null }) => {
      const kind = kindOf(sql);
      const bucket = into.get(kind) ?? { statements: 0, ms: 0, rows: 0 };
      bucket.statements += 1;
      bucket.ms += performance.now() - started;
      bucket.rows += value?.rowCount ?? 0;
      into.set(kind, bucket);
      return value;
    });
  };
  return {
    async record(work) {
      buckets = new Map();
      const started = performance.now();
      try {
        const result = await work();
        const wallMs = performance.now() - started;
        return {
          result,
          wallMs,
          buckets: [...buckets.entries()].sort((a, b) => b[1].ms - a[1].ms),
        };
      } finally {
        buckets = null;
      }
    },
  };
}
