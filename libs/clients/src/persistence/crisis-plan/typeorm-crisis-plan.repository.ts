import { staleVersion, type TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisPlan } from '../../domain/crisis-plan/crisis-plan';
import type { CrisisPlanRepository } from '../../domain/crisis-plan/crisis-plan.repository';
import { crisisPlanExists } from '../../domain/crisis-plan/create-crisis-plan.use-case';
import { isUniqueViolation } from '../shared/unique-violation';
import { CrisisPlanEntity } from './crisis-plan.entity';

function toCrisisPlan(row: CrisisPlanEntity): CrisisPlan {
  return {
    clientId: row.clientId,
    warningSigns: row.warningSigns,
    whatHelps: row.whatHelps,
    whoToCall: row.whoToCall,
    agreedWithClient: row.agreedWithClient,
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}

function toRow(plan: CrisisPlan) {
  return {
    warningSigns: [...plan.warningSigns],
    whatHelps: [...plan.whatHelps],
    whoToCall: plan.whoToCall.map((contact) => ({ ...contact })),
    agreedWithClient: plan.agreedWithClient,
    updatedBy: plan.updatedBy,
    updatedAt: plan.updatedAt,
  };
}

/** Crisis plans on PostgreSQL: one per client, replaced only at the version read. */
export class TypeOrmCrisisPlanRepository implements CrisisPlanRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async find(tenantId: TenantId, clientId: string): Promise<CrisisPlan | null> {
    const row = await this.manager().findOneBy(CrisisPlanEntity, { tenantId, clientId });
    return row ? toCrisisPlan(row) : null;
  }

  async insert(tenantId: TenantId, plan: CrisisPlan): Promise<void> {
    try {
      await this.manager().insert(CrisisPlanEntity, {
        ...toRow(plan),
        clientId: plan.clientId,
        tenantId,
        version: plan.version,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'crisis_plan_pkey')) throw crisisPlanExists();
      throw error;
    }
  }

  async update(tenantId: TenantId, plan: CrisisPlan, expectedVersion: number): Promise<CrisisPlan> {
    const result = await this.manager()
      .createQueryBuilder()
      .update(CrisisPlanEntity)
      .set({ ...toRow(plan), version: () => 'version + 1' })
      .where('client_id = :clientId AND tenant_id = :tenantId AND version = :expectedVersion', {
        clientId: plan.clientId,
        tenantId,
        expectedVersion,
      })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    return { ...plan, version: expectedVersion + 1 };
  }
}
