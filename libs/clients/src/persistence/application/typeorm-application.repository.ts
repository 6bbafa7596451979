import { staleVersion, type Page, type PageRequest, type TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Application } from '../../domain/application/application';
import type {
  ApplicationFilter,
  ApplicationRepository,
  FirstContactFact,
} from '../../domain/application/application.repository';
import { osloDayEnd, osloDayStart } from '../shared/oslo-days';
import { ApplicationEntity } from './application.entity';
import { toApplication, toApplicationRow } from './application.mapper';

/** Simple applications on PostgreSQL (schema `clients`). */
export class TypeOrmApplicationRepository implements ApplicationRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(application: Application): Promise<void> {
    await this.manager().insert(ApplicationEntity, {
      ...toApplicationRow(application),
      version: application.version,
    });
  }

  async find(tenantId: TenantId, id: string): Promise<Application | null> {
    const row = await this.manager().findOneBy(ApplicationEntity, { tenantId, id });
    return row ? toApplication(row) : null;
  }

  async findForUpdate(tenantId: TenantId, id: string): Promise<Application | null> {
    const row = await this.manager()
      .createQueryBuilder(ApplicationEntity, 'a')
      .setLock('pessimistic_write')
      .where('a.id = :id AND a.tenant_id = :tenantId', { id, tenantId })
      .getOne();
    return row ? toApplication(row) : null;
  }

  async update(application: Application, expectedVersion: number): Promise<Application> {
    const { id, tenantId, receivedAt: _, ...changes } = toApplicationRow(application);
    const result = await this.manager()
      .createQueryBuilder()
      .update(ApplicationEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND tenant_id = :tenantId AND version = :expectedVersion', {
        id,
        tenantId,
        expectedVersion,
      })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    return { ...application, version: expectedVersion + 1 };
  }

  async list(filter: ApplicationFilter, page: PageRequest): Promise<Page<Application>> {
    const query = this.manager()
      .createQueryBuilder(ApplicationEntity, 'a')
      .where('a.tenant_id = :tenantId', { tenantId: filter.tenantId });
    if (filter.status !== undefined)
      query.andWhere('a.status = :status', { status: filter.status });
    if (filter.urgent !== undefined)
      query.andWhere('a.urgent = :urgent', { urgent: filter.urgent });
    const rows = await keysetPage(
      query,
      {
        // Urgent first (0), then oldest first: the order intake works through.
        columns: ['(CASE WHEN a.urgent THEN 0 ELSE 1 END)', 'a.received_at', 'a.id'],
        key: (row) => [row.urgent ? 0 : 1, row.receivedAt.toISOString(), row.id],
        kinds: ['integer', 'timestamp', 'uuid'],
        direction: 'ASC',
      },
      page,
    );
    return { items: rows.items.map(toApplication), nextCursor: rows.nextCursor };
  }

  async firstContactFacts(
    tenantId: TenantId,
    from: string,
    to: string,
  ): Promise<FirstContactFact[]> {
    const rows = await this.manager()
      .createQueryBuilder(ApplicationEntity, 'a')
      .select(['a.status', 'a.urgent', 'a.receivedAt', 'a.firstContactAt'])
      .where('a.tenant_id = :tenantId', { tenantId })
      .andWhere(
        `a.received_at >= ${osloDayStart(':from')} AND a.received_at < ${osloDayEnd(':to')}`,
        { from, to },
      )
      .getMany();
    return rows.map((row) => ({
      status: row.status as FirstContactFact['status'],
      urgent: row.urgent,
      receivedAt: row.receivedAt,
      firstContactAt: row.firstContactAt,
    }));
  }
}
