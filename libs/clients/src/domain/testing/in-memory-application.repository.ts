import {
  osloDate,
  staleVersion,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import type { Application } from '../application/application';
import type {
  ApplicationFilter,
  ApplicationRepository,
  FirstContactFact,
} from '../application/application.repository';
import { memoryPage } from './memory-page';

export class InMemoryApplicationRepository implements ApplicationRepository {
  readonly applications = new Map<string, Application>();

  async insert(application: Application): Promise<void> {
    this.applications.set(application.id, application);
  }

  async find(tenantId: TenantId, id: string): Promise<Application | null> {
    const application = this.applications.get(id);
    return application && application.tenantId === tenantId ? application : null;
  }

  findForUpdate(tenantId: TenantId, id: string): Promise<Application | null> {
    return this.find(tenantId, id);
  }

  async update(application: Application, expectedVersion: number): Promise<Application> {
    const stored = await this.find(application.tenantId, application.id);
    if (!stored || stored.version !== expectedVersion) throw staleVersion();
    const updated = { ...application, version: expectedVersion + 1 };
    this.applications.set(application.id, updated);
    return updated;
  }

  async list(filter: ApplicationFilter, page: PageRequest): Promise<Page<Application>> {
    const matching = [...this.applications.values()]
      .filter(
        (application) =>
          application.tenantId === filter.tenantId &&
          (filter.status === undefined || application.status === filter.status) &&
          (filter.urgent === undefined || application.urgent === filter.urgent),
      )
      .sort(
        (a, b) =>
          Number(b.urgent) - Number(a.urgent) || a.receivedAt.getTime() - b.receivedAt.getTime(),
      );
    return memoryPage(matching, page);
  }

  async firstContactFacts(
    tenantId: TenantId,
    from: string,
    to: string,
  ): Promise<FirstContactFact[]> {
    return [...this.applications.values()].filter((application) => {
      const day = osloDate(application.receivedAt);
      return application.tenantId === tenantId && day >= from && day <= to;
    });
  }
}
