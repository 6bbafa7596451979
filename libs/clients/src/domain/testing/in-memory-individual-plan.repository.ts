import { staleVersion, type Page, type PageRequest, type TenantId } from '@lavterskel/kernel';
import type { IndividualPlan, PlanVersion } from '../individual-plan/individual-plan';
import { individualPlanExists } from '../individual-plan/individual-plan-errors';
import type {
  IndividualPlanRepository,
  PlanDueForReview,
} from '../individual-plan/individual-plan.repository';
import { memoryPage } from './memory-page';

export class InMemoryIndividualPlanRepository implements IndividualPlanRepository {
  private readonly plans = new Map<string, IndividualPlan & { tenantId: TenantId }>();
  readonly kept: (PlanVersion & { tenantId: TenantId })[] = [];

  async find(tenantId: TenantId, clientId: string): Promise<IndividualPlan | null> {
    const plan = this.plans.get(clientId);
    if (!plan || plan.tenantId !== tenantId) return null;
    const { tenantId: _, ...rest } = plan;
    return rest;
  }

  async insert(tenantId: TenantId, plan: IndividualPlan): Promise<void> {
    if (this.plans.has(plan.clientId)) throw individualPlanExists();
    this.plans.set(plan.clientId, { ...plan, tenantId });
    this.keep(tenantId, plan);
  }

  async update(
    tenantId: TenantId,
    plan: IndividualPlan,
    expectedVersion: number,
  ): Promise<IndividualPlan> {
    const current = this.plans.get(plan.clientId);
    if (!current || current.tenantId !== tenantId || current.version !== expectedVersion)
      throw staleVersion();
    const next = { ...plan, version: expectedVersion + 1 };
    this.plans.set(plan.clientId, { ...next, tenantId });
    this.keep(tenantId, next);
    return next;
  }

  async versions(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<PlanVersion>> {
    const versions = this.kept
      .filter((kept) => kept.tenantId === tenantId && kept.plan.clientId === clientId)
      .sort((a, b) => b.version - a.version)
      .map(({ tenantId: _, ...kept }) => ({ ...kept, id: String(kept.version) }));
    const result = memoryPage(versions, page);
    return { items: result.items.map(({ id: _, ...kept }) => kept), nextCursor: result.nextCursor };
  }

  async dueForReview(
    query: { tenantId: TenantId; teamId: string; by: string },
    page: PageRequest,
  ): Promise<Page<PlanDueForReview>> {
    const due = [...this.plans.values()]
      .filter(
        (plan) =>
          plan.tenantId === query.tenantId &&
          plan.teamId === query.teamId &&
          plan.reviewDue <= query.by &&
          (plan.status === 'draft' || plan.status === 'active'),
      )
      .sort(
        (a, b) => a.reviewDue.localeCompare(b.reviewDue) || a.clientId.localeCompare(b.clientId),
      )
      .map((plan) => ({
        id: plan.clientId,
        clientId: plan.clientId,
        planId: plan.id,
        coordinator: plan.coordinator,
        status: plan.status,
        reviewDue: plan.reviewDue,
      }));
    const result = memoryPage(due, page);
    return { items: result.items.map(({ id: _, ...item }) => item), nextCursor: result.nextCursor };
  }

  private keep(tenantId: TenantId, plan: IndividualPlan): void {
    this.kept.push({
      tenantId,
      version: plan.version,
      plan,
      savedBy: plan.updatedBy,
      savedAt: plan.updatedAt,
    });
  }
}
