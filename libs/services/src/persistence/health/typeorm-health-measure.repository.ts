import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type {
  HealthMeasure,
  HealthMeasureCode,
  HealthMeasureKind,
  HealthMeasureRequester,
  TestResult,
} from '../../domain/health/health-measure';
import type { HealthMeasureRepository } from '../../domain/health/health-measure.repository';
import { HealthMeasureEntity } from './health-measure.entity';

function toMeasure(row: HealthMeasureEntity): HealthMeasure {
  const { service: _service, ...fields } = row;
  return {
    ...fields,
    tenantId: row.tenantId as TenantId,
    kind: row.kind as HealthMeasureKind,
    code: row.code as HealthMeasureCode,
    result: row.result as TestResult | null,
    requestedBy: row.requestedBy as HealthMeasureRequester | null,
  };
}

export class TypeOrmHealthMeasureRepository implements HealthMeasureRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(measure: HealthMeasure): Promise<void> {
    await this.manager().insert(HealthMeasureEntity, measure);
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<HealthMeasure>> {
    const query = this.manager()
      .createQueryBuilder(HealthMeasureEntity, 'h')
      .where('h.tenant_id = :tenantId AND h.client_id = :clientId', { tenantId, clientId });
    const result = await keysetPage(
      query,
      {
        columns: ['h.performed_at', 'h.id'],
        key: (row) => [row.performedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toMeasure), nextCursor: result.nextCursor };
  }
}
