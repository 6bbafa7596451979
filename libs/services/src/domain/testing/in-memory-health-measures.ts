import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { HealthMeasure } from '../health/health-measure';
import type { HealthMeasureRepository } from '../health/health-measure.repository';
import { pageOf } from './in-memory-page';

export class InMemoryHealthMeasureRepository implements HealthMeasureRepository {
  readonly rows: HealthMeasure[] = [];

  async insert(measure: HealthMeasure): Promise<void> {
    this.rows.push(measure);
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<HealthMeasure>> {
    const mine = this.rows
      .filter((row) => row.tenantId === tenantId && row.clientId === clientId)
      .sort((a, b) => b.performedAt.getTime() - a.performedAt.getTime());
    return pageOf(mine, page);
  }
}
