import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { UnitOfWork } from '../domain/unit-of-work';
import type { EntityManagerAccessor } from './entity-manager-accessor';

/**
 * Transactions for applications without NestJS: `run` opens a transaction (or joins the
 * one in progress) and `manager` returns its EntityManager. The Nest module uses
 * `@nestjs-cls/transactional` for the same contract.
 */
export class TypeOrmTransactionHost implements UnitOfWork {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(private readonly dataSource: DataSource) {}

  readonly manager: EntityManagerAccessor = () =>
    this.current.getStore() ?? this.dataSource.manager;

  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.current.getStore()) return work();
    return this.dataSource.transaction((manager) => this.current.run(manager, work));
  }
}
