import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Vedtak } from '../vedtak/vedtak';
import type { VedtakRepository } from '../vedtak/vedtak.repository';
import { memoryPage } from './memory-page';

export class InMemoryVedtakRepository implements VedtakRepository {
  readonly vedtak: (Vedtak & { tenantId: TenantId })[] = [];

  async insert(tenantId: TenantId, vedtak: Vedtak): Promise<void> {
    this.vedtak.push({ ...vedtak, tenantId });
  }

  async find(tenantId: TenantId, clientId: string, vedtakId: string): Promise<Vedtak | null> {
    return this.ofClient(tenantId, clientId).find((vedtak) => vedtak.id === vedtakId) ?? null;
  }

  async list(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<Vedtak>> {
    return memoryPage(
      this.ofClient(tenantId, clientId).sort((a, b) => b.validFrom.localeCompare(a.validFrom)),
      page,
    );
  }

  private ofClient(tenantId: TenantId, clientId: string): Vedtak[] {
    return this.vedtak
      .filter((vedtak) => vedtak.tenantId === tenantId && vedtak.clientId === clientId)
      .map(({ tenantId: _, ...vedtak }) => vedtak);
  }
}
