import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { WebhookEndpoint } from './webhook-endpoint';

export interface WebhookEndpointRepository {
  /** Throws `crisis-mode.webhook-endpoint-exists` when the partner has this URL already. */
  insert(endpoint: WebhookEndpoint): Promise<void>;
  list(tenantId: TenantId, page: PageRequest): Promise<Page<WebhookEndpoint>>;
  /** The active endpoints of these partners. */
  activeFor(tenantId: TenantId, partnerIds: readonly string[]): Promise<WebhookEndpoint[]>;
  /** Endpoints by id, of any municipality (the delivery worker serves them all). */
  byIds(ids: readonly string[]): Promise<WebhookEndpoint[]>;
}
