import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In } from 'typeorm';
import type { Partner, PartnerKind } from '../../domain/partners/partner';
import type { PartnerRepository } from '../../domain/partners/partner.repository';
import { alreadyExists } from '../shared/already-exists';
import { mapUniqueViolation } from '../shared/unique-violation';
import { PartnerEntity } from './partner.entity';

function toPartner(row: PartnerEntity): Partner {
  return { ...row, tenantId: row.tenantId as TenantId, kind: row.kind as PartnerKind };
}

export class TypeOrmPartnerRepository implements PartnerRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(partner: Partner): Promise<void> {
    await mapUniqueViolation(() => this.manager().insert(PartnerEntity, partner), {
      partner_tenant_name_key: () => alreadyExists('name', 'A partner with this name'),
    });
  }

  async findById(tenantId: TenantId, id: string): Promise<Partner | null> {
    const row = await this.manager().findOneBy(PartnerEntity, { tenantId, id });
    return row && toPartner(row);
  }

  async existing(tenantId: TenantId, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.manager().find(PartnerEntity, {
      select: { id: true },
      where: { tenantId, id: In([...ids]) },
    });
    return new Set(rows.map((row) => row.id));
  }

  async list(
    filter: PageRequest & { tenantId: TenantId; kind?: PartnerKind },
  ): Promise<Page<Partner>> {
    const query = this.manager()
      .createQueryBuilder(PartnerEntity, 'p')
      .where('p.tenant_id = :tenantId', { tenantId: filter.tenantId });
    if (filter.kind !== undefined) query.andWhere('p.kind = :kind', { kind: filter.kind });
    const result = await keysetPage(
      query,
      { columns: ['p.name', 'p.id'], key: (row) => [row.name, row.id], direction: 'ASC' },
      filter,
    );
    return { items: result.items.map(toPartner), nextCursor: result.nextCursor };
  }
}
