import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type {
  DistributionItem,
  DistributionRecord,
  DistributionSetting,
  DistributionTotal,
} from '../../domain/distribution/distribution';
import type {
  DistributionRepository,
  DistributionTotalsQuery,
} from '../../domain/distribution/distribution.repository';
import { DistributionRecordEntity } from './distribution-record.entity';

function toRecord(row: DistributionRecordEntity): DistributionRecord {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    serviceId: row.serviceId,
    clientId: row.clientId,
    item: row.item as DistributionItem,
    quantity: row.quantity,
    setting: row.setting as DistributionSetting,
    partnerId: row.partnerId,
    givenAt: row.givenAt,
    day: row.givenOn,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt,
  };
}

function fromRecord(record: DistributionRecord): DistributionRecordEntity {
  const { day, ...rest } = record;
  return Object.assign(new DistributionRecordEntity(), { ...rest, givenOn: day });
}

interface TotalRow {
  week: string;
  item: string;
  setting: string;
  quantity: string;
  to_known_clients: string;
  records: string;
}

export class TypeOrmDistributionRepository implements DistributionRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insertAll(records: readonly DistributionRecord[]): Promise<void> {
    await this.manager().insert(DistributionRecordEntity, records.map(fromRecord));
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<DistributionRecord>> {
    const query = this.manager()
      .createQueryBuilder(DistributionRecordEntity, 'r')
      .where('r.tenant_id = :tenantId AND r.client_id = :clientId', { tenantId, clientId });
    const result = await keysetPage(
      query,
      {
        columns: ['r.given_at', 'r.id'],
        key: (row) => [row.givenAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toRecord), nextCursor: result.nextCursor };
  }

  async totals(query: DistributionTotalsQuery): Promise<DistributionTotal[]> {
    const rows: TotalRow[] = await this.manager().query(
      `SELECT to_char(given_on, 'IYYY-"W"IW') AS week, item, setting,
              sum(quantity) AS quantity,
              coalesce(sum(quantity) FILTER (WHERE client_id IS NOT NULL), 0) AS to_known_clients,
              count(*) AS records
         FROM services.distribution_record
        WHERE tenant_id = $1 AND given_on BETWEEN $2 AND $3
          AND ($4::uuid IS NULL OR service_id = $4) AND ($5::uuid IS NULL OR partner_id = $5)
        GROUP BY 1, item, setting
        ORDER BY 1, item, setting`,
      [query.tenantId, query.from, query.to, query.serviceId ?? null, query.partnerId ?? null],
    );
    return rows.map((row) => ({
      week: row.week,
      item: row.item as DistributionItem,
      setting: row.setting as DistributionSetting,
      quantity: Number(row.quantity),
      toKnownClients: Number(row.to_known_clients),
      records: Number(row.records),
    }));
  }
}
