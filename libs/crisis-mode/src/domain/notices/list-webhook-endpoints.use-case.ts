import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { WebhookEndpoint } from './webhook-endpoint';

/** The municipality's partner endpoints, oldest first. */
export class ListWebhookEndpoints {
  constructor(private readonly ports: Pick<CrisisModePorts, 'webhookEndpoints'>) {}

  execute(input: { actor: Actor; page: PageRequest }): Promise<Page<WebhookEndpoint>> {
    return this.ports.webhookEndpoints.list(input.actor.tenantId, input.page);
  }
}
