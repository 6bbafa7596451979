import { Inject, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { DataSource } from 'typeorm';
import type { AuditEntry, AuditLog, AuditLogInStatement } from '../../domain/audit';
import type { Clock } from '../../domain/clock';
import type { EntityManagerAccessor } from '../../persistence/entity-manager-accessor';
import { TypeOrmAuditLog, type HeldAuditRows } from '../../persistence/typeorm-audit-log';
import { CLOCK, ENTITY_MANAGER, KERNEL_DATA_SOURCE } from '../kernel.tokens';

/** The audit trail: every read and write of personal data calls `record` in its transaction. */
@Injectable()
export class AuditService implements AuditLog {
  private readonly log: TypeOrmAuditLog;

  constructor(
    @Inject(ENTITY_MANAGER) manager: EntityManagerAccessor,
    @Inject(CLOCK) clock: Clock,
    @Inject(KERNEL_DATA_SOURCE) dataSource: DataSource,
    cls: ClsService,
  ) {
    this.log = new TypeOrmAuditLog({
      manager,
      durableManager: () => dataSource.manager,
      clock,
      requestId: () => (cls.isActive() ? cls.getId() : undefined),
    });
  }

  record(entry: AuditEntry): Promise<void> {
    return this.log.record(entry);
  }

  recordAll(entries: readonly AuditEntry[]): Promise<void> {
    return this.log.recordAll(entries);
  }

  get inStatement(): AuditLogInStatement {
    return this.log.inStatement;
  }

  /** See `TypeOrmAuditLog.holdRows`: the audit rows of `work` written by `close`'s statement. */
  holdRows<T>(
    work: () => Promise<T>,
    close: (result: T, rows: HeldAuditRows) => Promise<void>,
  ): Promise<T> {
    return this.log.holdRows(work, close);
  }
}
