import { staleVersion, type Page, type TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Group } from '../domain/group';
import type { GroupListQuery, GroupRepository } from '../domain/group.repository';
import { GroupEntity } from './group.entity';
import { fromGroup, toGroup } from './group.mapper';

export class TypeOrmGroupRepository implements GroupRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(group: Group): Promise<void> {
    await this.manager().insert(GroupEntity, fromGroup(group));
  }

  async find(tenantId: TenantId, id: string): Promise<Group | null> {
    const row = await this.manager().findOneBy(GroupEntity, { tenantId, id });
    return row ? toGroup(row) : null;
  }

  async update(group: Group): Promise<void> {
    const row = fromGroup(group);
    const result = await this.manager()
      .createQueryBuilder()
      .update(GroupEntity)
      .set({
        name: row.name,
        locationKind: row.locationKind,
        capacity: row.capacity,
        schedule: row.schedule,
        version: row.version,
        updatedAt: row.updatedAt,
      })
      .where('id = :id AND tenant_id = :tenantId AND version = :previous', {
        id: group.id,
        tenantId: group.tenantId,
        previous: group.version - 1,
      })
      .execute();
    if (result.affected !== 1) throw staleVersion();
  }

  async list(query: GroupListQuery): Promise<Page<Group>> {
    const builder = this.manager()
      .createQueryBuilder(GroupEntity, 'g')
      .where('g.tenant_id = :tenantId', { tenantId: query.tenantId });
    if (query.serviceId)
      builder.andWhere('g.service_id = :serviceId', { serviceId: query.serviceId });
    const page = await keysetPage(
      builder,
      { columns: ['g.name', 'g.id'], key: (row) => [row.name, row.id], direction: 'ASC' },
      query,
    );
    return { items: page.items.map(toGroup), nextCursor: page.nextCursor };
  }
}
