import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Service, ServiceModeChange } from '../catalogue/service';
import type { ServiceFilter, ServiceRepository } from '../catalogue/service.repository';
import type { Team } from '../catalogue/team';
import type { TeamRepository } from '../catalogue/team.repository';
import { pageOf } from './in-memory-page';

export class InMemoryTeamRepository implements TeamRepository {
  readonly rows: Team[] = [];

  async insert(team: Team): Promise<void> {
    this.rows.push(team);
  }

  async findById(tenantId: TenantId, id: string): Promise<Team | null> {
    return this.rows.find((t) => t.tenantId === tenantId && t.id === id) ?? null;
  }

  async list(tenantId: TenantId, page: PageRequest): Promise<Page<Team>> {
    return pageOf(
      this.rows.filter((t) => t.tenantId === tenantId),
      page,
    );
  }
}

export class InMemoryServiceRepository implements ServiceRepository {
  readonly rows: Service[] = [];
  readonly modeChanges: ServiceModeChange[] = [];

  async insert(service: Service): Promise<void> {
    this.rows.push(service);
  }

  async findById(tenantId: TenantId, id: string): Promise<Service | null> {
    return this.rows.find((s) => s.tenantId === tenantId && s.id === id) ?? null;
  }

  async list(filter: ServiceFilter): Promise<Page<Service>> {
    return pageOf(
      this.rows.filter(
        (s) =>
          s.tenantId === filter.tenantId && (filter.mode === undefined || s.mode === filter.mode),
      ),
      filter,
    );
  }

  async update(service: Service, expectedVersion: number): Promise<boolean> {
    const index = this.rows.findIndex(
      (s) =>
        s.id === service.id && s.tenantId === service.tenantId && s.version === expectedVersion,
    );
    if (index < 0) return false;
    this.rows[index] = service;
    return true;
  }

  async insertModeChange(change: ServiceModeChange): Promise<void> {
    this.modeChanges.push(change);
  }

  async findManyForUpdate(tenantId: TenantId, ids: readonly string[]): Promise<Service[]> {
    return this.rows
      .filter((s) => s.tenantId === tenantId && ids.includes(s.id))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  async updateModes(
    tenantId: TenantId,
    updates: readonly { service: Service; expectedVersion: number }[],
  ): Promise<number> {
    let stored = 0;
    for (const { service, expectedVersion } of updates) {
      if (service.tenantId === tenantId && (await this.update(service, expectedVersion))) stored++;
    }
    return stored;
  }

  async insertModeChanges(changes: readonly ServiceModeChange[]): Promise<void> {
    this.modeChanges.push(...changes);
  }

  async listModeChanges(
    tenantId: TenantId,
    serviceId: string,
    page: PageRequest,
  ): Promise<Page<ServiceModeChange>> {
    return pageOf(
      this.modeChanges
        .filter((c) => c.tenantId === tenantId && c.serviceId === serviceId)
        .reverse(),
      page,
    );
  }
}
