import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { ConsentError, ConsentErrorCode } from '../domain/consent-error';
import type { Disclosure } from '../domain/disclosure';
import type { DisclosureRepository } from '../domain/disclosure.repository';
import { DisclosureEntity } from './disclosure.entity';
import { toDisclosure, toDisclosureRow } from './disclosure.mapper';

/** The disclosure log on PostgreSQL. */
export class TypeOrmDisclosureRepository implements DisclosureRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async add(disclosure: Disclosure): Promise<void> {
    // ON CONFLICT DO NOTHING: of concurrent shares on one decision, the unique index lets one in.
    const inserted = await this.manager()
      .createQueryBuilder()
      .insert()
      .into(DisclosureEntity)
      .values(toDisclosureRow(disclosure))
      .orIgnore()
      .returning('id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) {
      throw new ConsentError(
        ConsentErrorCode.DecisionAlreadyUsed,
        'The decision backs a disclosure already; ask for a new decision.',
      );
    }
  }

  async pageOfClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Disclosure>> {
    const query = this.manager()
      .createQueryBuilder(DisclosureEntity, 'x')
      .where('x.tenant_id = :tenantId AND x.client_id = :clientId', { tenantId, clientId });
    const result = await keysetPage(
      query,
      {
        columns: ['x.disclosed_at', 'x.id'],
        key: (row) => [row.disclosedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toDisclosure), nextCursor: result.nextCursor };
  }
}
