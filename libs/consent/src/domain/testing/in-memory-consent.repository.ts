import { staleVersion, type Page, type PageRequest, type TenantId } from '@lavterskel/kernel';
import type { Consent } from '../consent';
import type { ConsentRepository } from '../consent.repository';
import { inMemoryPage } from './in-memory-page';

/** Consents in memory, append-only like the real one. */
export class InMemoryConsentRepository implements ConsentRepository {
  readonly rows: Consent[] = [];

  async add(consent: Consent): Promise<void> {
    this.rows.push(consent);
  }

  async appendVersion(next: Consent): Promise<void> {
    if (this.rows.some((row) => row.id === next.id && row.version === next.version))
      throw staleVersion();
    this.rows.push(next);
  }

  async currentForUpdate(tenantId: TenantId, consentId: string): Promise<Consent | null> {
    return this.current(tenantId, consentId);
  }

  async current(tenantId: TenantId, consentId: string): Promise<Consent | null> {
    return (await this.versions(tenantId, consentId)).at(-1) ?? null;
  }

  async versions(tenantId: TenantId, consentId: string): Promise<Consent[]> {
    return this.rows
      .filter((row) => row.tenantId === tenantId && row.id === consentId)
      .sort((a, b) => a.version - b.version);
  }

  async currentOfClient(tenantId: TenantId, clientId: string): Promise<Consent[]> {
    return this.currentOfClients(tenantId, [clientId]);
  }

  async currentOfClients(tenantId: TenantId, clientIds: readonly string[]): Promise<Consent[]> {
    const current = new Map<string, Consent>();
    for (const row of this.rows) {
      if (row.tenantId !== tenantId || !clientIds.includes(row.clientId)) continue;
      const seen = current.get(row.id);
      if (!seen || seen.version < row.version) current.set(row.id, row);
    }
    return [...current.values()].sort((a, b) => a.grantedAt.getTime() - b.grantedAt.getTime());
  }

  async pageOfClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Consent>> {
    const newestFirst = (consent: Consent) =>
      `${String(1e15 - consent.grantedAt.getTime()).padStart(16, '0')}|${consent.id}`;
    return inMemoryPage(await this.currentOfClient(tenantId, clientId), newestFirst, page);
  }
}
