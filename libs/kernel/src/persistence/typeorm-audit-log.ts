import { AsyncLocalStorage } from 'node:async_hooks';
import {
  DURABLE_AUDIT_ACTIONS,
  type AuditEntry,
  type AuditLog,
  type AuditLogInStatement,
} from '../domain/audit';
import type { Clock } from '../domain/clock';
import { auditRowsOf, insertForSql, insertRowsSql, type AuditRow } from './audit-event-insert.sql';
import type { EntityManagerAccessor } from './entity-manager-accessor';

export interface TypeOrmAuditLogOptions {
  /** The caller's transaction (or the plain manager outside one). */
  manager: EntityManagerAccessor;
  /**
   * A manager outside any transaction, for entries that must outlive a rollback
   * (break-glass, denied). Without it they are written like every other entry.
   */
  durableManager?: EntityManagerAccessor;
  clock: Clock;
  /** Correlates audit rows with request logs; returns undefined outside a request. */
  requestId?: () => string | undefined;
}

/** Rows per INSERT: 50 000 rows of a re-cohorting in one jsonb parameter would be a large string. */
const ROWS_PER_INSERT = 10_000;
const INSERT_SQL = insertRowsSql('$1', '$2');

/** The audit rows a `holdRows` call holds back, for its closing statement to write. */
export interface HeldAuditRows {
  /** An INSERT of the held rows to include as a data-modifying CTE; undefined when none (or very many) are held. */
  insert(param: (value: unknown) => string): string | undefined;
}

/**
 * Writes audit rows in the caller's transaction, so a rolled-back write leaves no row
 * claiming it happened; a break-the-glass access is kept regardless.
 */
export class TypeOrmAuditLog implements AuditLog {
  private readonly held = new AsyncLocalStorage<AuditRow[]>();

  constructor(private readonly options: TypeOrmAuditLogOptions) {}

  record(entry: AuditEntry): Promise<void> {
    return this.recordAll([entry]);
  }

  readonly inStatement: AuditLogInStatement = {
    insertFor: (entry, rowsSql, param) => {
      if (this.options.durableManager && DURABLE_AUDIT_ACTIONS.includes(entry.action))
        throw new Error(`a ${entry.action} audit entry must outlive the statement: record it`);
      const values = { occurredAt: this.options.clock.now(), requestId: this.requestId() };
      return insertForSql(entry, rowsSql, values, param);
    },
  };

  async recordAll(entries: readonly AuditEntry[]): Promise<void> {
    const durable = this.options.durableManager;
    const isDurable = (entry: AuditEntry) => DURABLE_AUDIT_ACTIONS.includes(entry.action);
    const kept = durable ? entries.filter(isDurable) : [];
    const rest = auditRowsOf(
      durable ? entries.filter((entry) => !isDurable(entry)) : entries,
      this.options.clock.now(),
    );
    await this.insert(durable ?? this.options.manager, auditRowsOf(kept, this.options.clock.now()));
    const held = this.held.getStore();
    if (held) held.push(...rest);
    else await this.insert(this.options.manager, rest);
  }

  /**
   * Runs `work` in the caller's transaction holding back the rows it records there (never the
   * durable ones), then `close`, the transaction's last statement, which may write them inside
   * its own statement (`rows.insert`): one round trip less per audited write. Rows `close` did
   * not take are written before this returns, so none is lost; if `work` fails, the transaction
   * they belonged to rolls back and they are dropped with it.
   */
  async holdRows<T>(
    work: () => Promise<T>,
    close: (result: T, rows: HeldAuditRows) => Promise<void>,
  ): Promise<T> {
    const held: AuditRow[] = [];
    const result = await this.held.run(held, work);
    let taken = false;
    const rows: HeldAuditRows = {
      insert: (param) => {
        // A large batch (a crisis activation's thousands of rows) goes in chunks after the close.
        if (held.length === 0 || held.length > ROWS_PER_INSERT) return undefined;
        taken = true;
        return insertRowsSql(param(JSON.stringify(held)), param(this.requestId()));
      },
    };
    await this.held.exit(() => close(result, rows));
    if (!taken) await this.insert(this.options.manager, held);
    return result;
  }

  private requestId(): string | null {
    return this.options.requestId?.() ?? null;
  }

  private async insert(manager: EntityManagerAccessor, rows: readonly AuditRow[]): Promise<void> {
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      await manager().query(INSERT_SQL, [
        JSON.stringify(rows.slice(start, start + ROWS_PER_INSERT)),
        this.requestId(),
      ]);
    }
  }
}
