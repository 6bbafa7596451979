import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Service, ServiceModeChange } from '../../domain/catalogue/service';
import type { ServiceFilter, ServiceRepository } from '../../domain/catalogue/service.repository';
import { alreadyExists } from '../shared/already-exists';
import { mapUniqueViolation } from '../shared/unique-violation';
import { fromService, toModeChange, toService } from './catalogue.mapper';
import { ServiceModeChangeEntity } from './service-mode-change.entity';
import { ServiceEntity } from './service.entity';

const nameTaken = {
  service_tenant_name_key: () => alreadyExists('name', 'A service with this name'),
};

export class TypeOrmServiceRepository implements ServiceRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(service: Service): Promise<void> {
    await mapUniqueViolation(
      () => this.manager().insert(ServiceEntity, fromService(service)),
      nameTaken,
    );
  }

  async findById(
    tenantId: TenantId,
    id: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<Service | null> {
    const query = this.manager()
      .createQueryBuilder(ServiceEntity, 's')
      .where('s.tenant_id = :tenantId AND s.id = :id', { tenantId, id });
    if (options.forUpdate) query.setLock('pessimistic_write');
    const row = await query.getOne();
    return row && toService(row);
  }

  async list(filter: ServiceFilter): Promise<Page<Service>> {
    const query = this.manager()
      .createQueryBuilder(ServiceEntity, 's')
      .where('s.tenant_id = :tenantId', { tenantId: filter.tenantId });
    if (filter.category !== undefined)
      query.andWhere('s.category = :category', { category: filter.category });
    if (filter.critical !== undefined)
      query.andWhere('s.critical = :critical', { critical: filter.critical });
    if (filter.teamId !== undefined)
      query.andWhere('s.team_id = :teamId', { teamId: filter.teamId });
    if (filter.mode !== undefined) query.andWhere('s.mode = :mode', { mode: filter.mode });
    const result = await keysetPage(
      query,
      { columns: ['s.name', 's.id'], key: (row) => [row.name, row.id], direction: 'ASC' },
      filter,
    );
    return { items: result.items.map(toService), nextCursor: result.nextCursor };
  }

  async update(service: Service, expectedVersion: number): Promise<boolean> {
    const { id, tenantId, createdAt: _createdAt, ...changes } = fromService(service);
    const result = await mapUniqueViolation(
      () =>
        this.manager().update(ServiceEntity, { id, tenantId, version: expectedVersion }, changes),
      nameTaken,
    );
    return result.affected === 1;
  }

  async insertModeChange(change: ServiceModeChange): Promise<void> {
    await this.manager().insert(ServiceModeChangeEntity, change);
  }

  async findManyForUpdate(tenantId: TenantId, ids: readonly string[]): Promise<Service[]> {
    if (ids.length === 0) return [];
    const rows = await this.manager()
      .createQueryBuilder(ServiceEntity, 's')
      .where('s.tenant_id = :tenantId AND s.id IN (:...ids)', { tenantId, ids: [...ids] })
      .orderBy('s.id')
      .setLock('pessimistic_write')
      .getMany();
    return rows.map(toService);
  }

  async updateModes(
    tenantId: TenantId,
    updates: readonly { service: Service; expectedVersion: number }[],
  ): Promise<number> {
    if (updates.length === 0) return 0;
    // One statement for the whole batch: the new values travel as parallel arrays.
    const column = <T>(pick: (update: (typeof updates)[number]) => T) => updates.map(pick);
    // For an UPDATE, TypeORM's query() answers [rows, affected].
    const [, affected]: [unknown[], number] = await this.manager().query(
      `UPDATE services.service s
          SET mode = v.mode, mode_changed_at = v.changed_at, updated_at = v.changed_at, version = v.version
         FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::int[], $6::int[])
              AS v(id, mode, changed_at, version, expected_version)
        WHERE s.tenant_id = $1 AND s.id = v.id AND s.version = v.expected_version`,
      [
        tenantId,
        column((u) => u.service.id),
        column((u) => u.service.mode),
        column((u) => (u.service.modeChangedAt ?? u.service.updatedAt).toISOString()),
        column((u) => u.service.version),
        column((u) => u.expectedVersion),
      ],
    );
    return affected;
  }

  async insertModeChanges(changes: readonly ServiceModeChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.manager().insert(ServiceModeChangeEntity, [...changes]);
  }

  async listModeChanges(
    tenantId: TenantId,
    serviceId: string,
    page: PageRequest,
  ): Promise<Page<ServiceModeChange>> {
    const query = this.manager()
      .createQueryBuilder(ServiceModeChangeEntity, 'c')
      .where('c.tenant_id = :tenantId AND c.service_id = :serviceId', { tenantId, serviceId });
    const result = await keysetPage(
      query,
      {
        columns: ['c.changed_at', 'c.id'],
        key: (row) => [row.changedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toModeChange), nextCursor: result.nextCursor };
  }
}
