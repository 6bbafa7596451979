import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Vedtak } from './vedtak';

/** Port: vedtak. Every method is tenant-scoped. */
export interface VedtakRepository {
  insert(tenantId: TenantId, vedtak: Vedtak): Promise<void>;
  find(tenantId: TenantId, clientId: string, vedtakId: string): Promise<Vedtak | null>;
  /** Latest first (by validFrom). */
  list(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<Vedtak>>;
}
