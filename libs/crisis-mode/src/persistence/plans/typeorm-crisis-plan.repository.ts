import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisPlan } from '../../domain/plan/crisis-plan';
import type { CrisisPlanRepository } from '../../domain/plan/crisis-plan.repository';
import { CrisisPlanEntity } from './crisis-plan.entity';

export class TypeOrmCrisisPlanRepository implements CrisisPlanRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(plan: CrisisPlan): Promise<void> {
    await this.manager().insert(CrisisPlanEntity, { ...plan, levels: [...plan.levels] });
  }

  async find(tenantId: TenantId, id: string, version?: number): Promise<CrisisPlan | null> {
    const query = this.manager()
      .createQueryBuilder(CrisisPlanEntity, 'p')
      .where('p.tenant_id = :tenantId AND p.id = :id', { tenantId, id });
    if (version !== undefined) query.andWhere('p.version = :version', { version });
    const row = await query.orderBy('p.version', 'DESC').limit(1).getOne();
    return row ? toPlan(row) : null;
  }

  async versions(tenantId: TenantId, id: string): Promise<CrisisPlan[]> {
    const rows = await this.manager().find(CrisisPlanEntity, {
      where: { tenantId, id },
      order: { version: 'ASC' },
    });
    return rows.map(toPlan);
  }

  async list(tenantId: TenantId, page: PageRequest): Promise<Page<CrisisPlan>> {
    const query = this.manager()
      .createQueryBuilder(CrisisPlanEntity, 'p')
      .where('p.tenant_id = :tenantId', { tenantId })
      .andWhere(
        `p.version = (SELECT max(n.version) FROM crisis.crisis_plans n WHERE n.tenant_id = p.tenant_id AND n.id = p.id)`,
      );
    const result = await keysetPage(
      query,
      { columns: ['p.id'], key: (row) => [row.id], direction: 'ASC' },
      page,
    );
    return { items: result.items.map(toPlan), nextCursor: result.nextCursor };
  }
}

function toPlan(row: CrisisPlanEntity): CrisisPlan {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    version: row.version,
    name: row.name,
    levels: row.levels,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}
