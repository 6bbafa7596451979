import { staleVersion, type Page, type PageRequest, type TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type {
  IndividualPlan,
  PlanStatus,
  PlanVersion,
} from '../../domain/individual-plan/individual-plan';
import { individualPlanExists } from '../../domain/individual-plan/individual-plan-errors';
import type {
  IndividualPlanRepository,
  PlanDueForReview,
} from '../../domain/individual-plan/individual-plan.repository';
import { isUniqueViolation } from '../shared/unique-violation';
import { IndividualPlanVersionEntity } from './individual-plan-version.entity';
import { IndividualPlanEntity } from './individual-plan.entity';

function toRow(tenantId: TenantId, plan: IndividualPlan): IndividualPlanEntity {
  return {
    clientId: plan.clientId,
    id: plan.id,
    tenantId,
    coordinator: plan.coordinator,
    teamId: plan.teamId,
    consentGiven: plan.clientConsent.given,
    consentOn: plan.clientConsent.on,
    status: plan.status,
    reviewDue: plan.reviewDue,
    goals: plan.goals.map((goal) => ({ ...goal, measures: [...goal.measures] })),
    evaluations: [...plan.evaluations],
    version: plan.version,
    createdAt: plan.createdAt,
    updatedBy: plan.updatedBy,
    updatedAt: plan.updatedAt,
  };
}

function toPlan(row: IndividualPlanEntity): IndividualPlan {
  return {
    id: row.id,
    clientId: row.clientId,
    coordinator: row.coordinator,
    teamId: row.teamId,
    clientConsent: { given: row.consentGiven, on: row.consentOn },
    status: row.status as PlanStatus,
    reviewDue: row.reviewDue,
    goals: row.goals,
    evaluations: row.evaluations,
    version: row.version,
    createdAt: row.createdAt,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}

/** The snapshot kept per version: the plan as JSON. */
function snapshotOf(plan: IndividualPlan): Record<string, unknown> {
  return JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
}

function planOfSnapshot(snapshot: Record<string, unknown>): IndividualPlan {
  const plan = snapshot as unknown as IndividualPlan & { createdAt: string; updatedAt: string };
  return { ...plan, createdAt: new Date(plan.createdAt), updatedAt: new Date(plan.updatedAt) };
}

/** Individual plans on PostgreSQL (schema `clients`), every version kept. */
export class TypeOrmIndividualPlanRepository implements IndividualPlanRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async find(
    tenantId: TenantId,
    clientId: string,
    options: { forUpdate?: boolean } = {},
  ): Promise<IndividualPlan | null> {
    const query = this.manager()
      .createQueryBuilder(IndividualPlanEntity, 'p')
      .where('p.tenant_id = :tenantId AND p.client_id = :clientId', { tenantId, clientId });
    if (options.forUpdate) query.setLock('pessimistic_write');
    const row = await query.getOne();
    return row ? toPlan(row) : null;
  }

  async insert(tenantId: TenantId, plan: IndividualPlan): Promise<void> {
    try {
      await this.manager().insert(IndividualPlanEntity, toRow(tenantId, plan));
    } catch (error) {
      if (isUniqueViolation(error, 'individual_plan_pkey')) throw individualPlanExists();
      throw error;
    }
    await this.keep(tenantId, plan);
  }

  async update(
    tenantId: TenantId,
    plan: IndividualPlan,
    expectedVersion: number,
  ): Promise<IndividualPlan> {
    const next = { ...plan, version: expectedVersion + 1 };
    const {
      clientId: _,
      id: __,
      tenantId: ___,
      createdAt: ____,
      ...changes
    } = toRow(tenantId, next);
    const result = await this.manager()
      .createQueryBuilder()
      .update(IndividualPlanEntity)
      .set(changes)
      .where('client_id = :clientId AND tenant_id = :tenantId AND version = :expectedVersion', {
        clientId: plan.clientId,
        tenantId,
        expectedVersion,
      })
      .execute();
    if (result.affected !== 1) throw staleVersion();
    await this.keep(tenantId, next);
    return next;
  }

  async versions(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<PlanVersion>> {
    const query = this.manager()
      .createQueryBuilder(IndividualPlanVersionEntity, 'v')
      .where('v.tenant_id = :tenantId AND v.client_id = :clientId', { tenantId, clientId });
    const rows = await keysetPage(
      query,
      { columns: ['v.version'], key: (row) => [row.version], direction: 'DESC' },
      page,
    );
    return {
      items: rows.items.map((row) => ({
        version: row.version,
        plan: planOfSnapshot(row.snapshot),
        savedBy: row.savedBy,
        savedAt: row.savedAt,
      })),
      nextCursor: rows.nextCursor,
    };
  }

  async dueForReview(
    query: { tenantId: TenantId; teamId: string; by: string },
    page: PageRequest,
  ): Promise<Page<PlanDueForReview>> {
    const select = this.manager()
      .createQueryBuilder(IndividualPlanEntity, 'p')
      .where(
        `p.tenant_id = :tenantId AND p.team_id = :teamId AND p.review_due <= :by AND p.status IN ('draft', 'active')`,
        query,
      );
    const rows = await keysetPage(
      select,
      {
        columns: ['p.review_due', 'p.client_id'],
        key: (row) => [row.reviewDue, row.clientId],
        direction: 'ASC',
      },
      page,
    );
    return {
      items: rows.items.map((row) => ({
        clientId: row.clientId,
        planId: row.id,
        coordinator: row.coordinator,
        status: row.status as PlanStatus,
        reviewDue: row.reviewDue,
      })),
      nextCursor: rows.nextCursor,
    };
  }

  private async keep(tenantId: TenantId, plan: IndividualPlan): Promise<void> {
    const row: IndividualPlanVersionEntity = {
      clientId: plan.clientId,
      version: plan.version,
      tenantId,
      snapshot: snapshotOf(plan),
      savedBy: plan.updatedBy,
      savedAt: plan.updatedAt,
    };
    await this.manager().getRepository(IndividualPlanVersionEntity).save(row);
  }
}
