import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import type { CrisisPlan } from '../plan/crisis-plan';
import type { CrisisPlanRepository } from '../plan/crisis-plan.repository';
import { uniqueViolation } from './in-memory-crisis-state.repository';

/**
 * `CrisisPlanRepository` in memory, with the TypeORM repository's semantics: (tenant, id,
 * version) is unique (a second insert of the same version fails as a unique violation), `find`
 * without a version answers the newest, `list` the newest version of each plan by id.
 */
export class InMemoryCrisisPlanRepository implements CrisisPlanRepository {
  private readonly plans: CrisisPlan[] = [];

  async insert(plan: CrisisPlan): Promise<void> {
    if (this.plans.some((p) => sameVersion(p, plan))) throw uniqueViolation('crisis plan version');
    this.plans.push(structuredClone(plan));
  }

  async find(tenantId: TenantId, id: string, version?: number): Promise<CrisisPlan | null> {
    const versions = await this.versions(tenantId, id);
    const found =
      version === undefined ? versions.at(-1) : versions.find((p) => p.version === version);
    return found ?? null;
  }

  async versions(tenantId: TenantId, id: string): Promise<CrisisPlan[]> {
    return this.plans
      .filter((plan) => plan.tenantId === tenantId && plan.id.toLowerCase() === id.toLowerCase())
      .sort((a, b) => a.version - b.version)
      .map((plan) => structuredClone(plan));
  }

  async list(tenantId: TenantId, page: PageRequest): Promise<Page<CrisisPlan>> {
    const limit = pageLimit(page);
    const after = page.cursor ? String(decodeCursor(page.cursor, 1)[0]) : null;
    const ids = [...new Set(this.plans.filter((p) => p.tenantId === tenantId).map((p) => p.id))]
      .sort()
      .filter((id) => after === null || id > after);
    const newest = await Promise.all(
      ids.slice(0, limit).map(async (id) => (await this.find(tenantId, id)) as CrisisPlan),
    );
    const last = newest.at(-1);
    return {
      items: newest,
      nextCursor: ids.length > limit && last ? encodeCursor([last.id]) : null,
    };
  }
}

function sameVersion(a: CrisisPlan, b: CrisisPlan): boolean {
  return a.tenantId === b.tenantId && a.id === b.id && a.version === b.version;
}
