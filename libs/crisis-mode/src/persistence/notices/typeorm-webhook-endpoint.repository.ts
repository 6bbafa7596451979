import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In, QueryFailedError } from 'typeorm';
import { CrisisModeError, CrisisModeErrorCode } from '../../domain/crisis-mode-error';
import type { WebhookEndpoint } from '../../domain/notices/webhook-endpoint';
import type { WebhookEndpointRepository } from '../../domain/notices/webhook-endpoint.repository';
import { toEndpoint } from './notice.mapper';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

export class TypeOrmWebhookEndpointRepository implements WebhookEndpointRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(endpoint: WebhookEndpoint): Promise<void> {
    try {
      await this.manager().insert(WebhookEndpointEntity, { ...endpoint });
    } catch (error) {
      const driverError =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string; constraint?: string })
          : undefined;
      if (
        driverError?.code === '23505' &&
        driverError.constraint === 'webhook_endpoint_partner_url_key'
      ) {
        throw new CrisisModeError(
          CrisisModeErrorCode.WebhookEndpointExists,
          'The partner has an endpoint with this URL already.',
          [{ field: 'url', rule: 'unique', message: 'must be unique for the partner' }],
        );
      }
      throw error;
    }
  }

  async list(tenantId: TenantId, page: PageRequest): Promise<Page<WebhookEndpoint>> {
    const query = this.manager()
      .createQueryBuilder(WebhookEndpointEntity, 'e')
      .where('e.tenant_id = :tenantId', { tenantId });
    const result = await keysetPage(
      query,
      {
        columns: ['e.created_at', 'e.id'],
        key: (row) => [row.createdAt.toISOString(), row.id],
        direction: 'ASC',
      },
      page,
    );
    return { items: result.items.map(toEndpoint), nextCursor: result.nextCursor };
  }

  async activeFor(tenantId: TenantId, partnerIds: readonly string[]): Promise<WebhookEndpoint[]> {
    if (partnerIds.length === 0) return [];
    const rows = await this.manager().find(WebhookEndpointEntity, {
      where: { tenantId, partnerId: In([...partnerIds]), active: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toEndpoint);
  }

  async byIds(ids: readonly string[]): Promise<WebhookEndpoint[]> {
    if (ids.length === 0) return [];
    const rows = await this.manager().find(WebhookEndpointEntity, { where: { id: In([...ids]) } });
    return rows.map(toEndpoint);
  }
}
