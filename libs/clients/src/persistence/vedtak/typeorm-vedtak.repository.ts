import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Vedtak } from '../../domain/vedtak/vedtak';
import type { VedtakRepository } from '../../domain/vedtak/vedtak.repository';
import { VedtakEntity } from './vedtak.entity';

function toVedtak(row: VedtakEntity): Vedtak {
  return {
    id: row.id,
    clientId: row.clientId,
    reference: row.reference,
    service: row.service,
    hoursPerWeek: row.minutesPerWeek / 60,
    decidedOn: row.decidedOn,
    validFrom: row.validFrom,
    validTo: row.validTo,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}

/** Vedtak on PostgreSQL (schema `clients`); hours are stored as whole minutes. */
export class TypeOrmVedtakRepository implements VedtakRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(tenantId: TenantId, vedtak: Vedtak): Promise<void> {
    const { hoursPerWeek, ...rest } = vedtak;
    await this.manager().insert(VedtakEntity, {
      ...rest,
      tenantId,
      minutesPerWeek: Math.round(hoursPerWeek * 60),
    });
  }

  async find(tenantId: TenantId, clientId: string, vedtakId: string): Promise<Vedtak | null> {
    const row = await this.manager().findOneBy(VedtakEntity, { tenantId, clientId, id: vedtakId });
    return row ? toVedtak(row) : null;
  }

  async list(tenantId: TenantId, clientId: string, page: PageRequest): Promise<Page<Vedtak>> {
    const query = this.manager()
      .createQueryBuilder(VedtakEntity, 'v')
      .where('v.tenant_id = :tenantId AND v.client_id = :clientId', { tenantId, clientId });
    const rows = await keysetPage(
      query,
      {
        columns: ['v.valid_from', 'v.id'],
        key: (row) => [row.validFrom, row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: rows.items.map(toVedtak), nextCursor: rows.nextCursor };
  }
}
