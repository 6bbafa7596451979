import { staleVersion, type TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Relationship, Relative, RelativeRole } from '../../domain/relative/relative';
import type { RelativeRepository } from '../../domain/relative/relative.repository';
import { RelativeEntity } from './relative.entity';

function toRelative(row: RelativeEntity): Relative {
  return {
    id: row.id,
    clientId: row.clientId,
    name: row.name,
    relationship: row.relationship as Relationship,
    roles: row.roles as RelativeRole[],
    phone: row.phone,
    email: row.email,
    note: row.note,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}

function toRow(relative: Relative) {
  return {
    name: relative.name,
    relationship: relative.relationship,
    roles: [...relative.roles],
    phone: relative.phone,
    email: relative.email,
    note: relative.note,
    updatedBy: relative.updatedBy,
    updatedAt: relative.updatedAt,
  };
}

/** Relatives and trusted persons on PostgreSQL (schema `clients`). */
export class TypeOrmRelativeRepository implements RelativeRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(tenantId: TenantId, relative: Relative): Promise<void> {
    await this.manager().insert(RelativeEntity, {
      ...toRow(relative),
      id: relative.id,
      tenantId,
      clientId: relative.clientId,
      version: relative.version,
    });
  }

  async find(tenantId: TenantId, clientId: string, relativeId: string): Promise<Relative | null> {
    const row = await this.manager().findOneBy(RelativeEntity, {
      tenantId,
      clientId,
      id: relativeId,
    });
    return row ? toRelative(row) : null;
  }

  async listByClient(tenantId: TenantId, clientId: string): Promise<Relative[]> {
    const rows = await this.manager().find(RelativeEntity, {
      where: { tenantId, clientId },
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.map(toRelative);
  }

  async update(tenantId: TenantId, relative: Relative, expectedVersion: number): Promise<Relative> {
    const result = await this.manager()
      .createQueryBuilder()
      .update(RelativeEntity)
      .set({ ...toRow(relative), version: () => 'version + 1' })
      .where(
        'id = :id AND client_id = :clientId AND tenant_id = :tenantId AND version = :expectedVersion',
        {
          id: relative.id,
          clientId: relative.clientId,
          tenantId,
          expectedVersion,
        },
      )
      .execute();
    if (result.affected !== 1) throw staleVersion();
    return { ...relative, version: expectedVersion + 1 };
  }

  async remove(tenantId: TenantId, clientId: string, relativeId: string): Promise<boolean> {
    const result = await this.manager().delete(RelativeEntity, {
      tenantId,
      clientId,
      id: relativeId,
    });
    return result.affected === 1;
  }
}
