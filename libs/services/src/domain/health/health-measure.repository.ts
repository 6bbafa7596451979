import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { HealthMeasure } from './health-measure';

export interface HealthMeasureRepository {
  insert(measure: HealthMeasure): Promise<void>;
  /** A client's tests and vaccinations, newest first. */
  listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<HealthMeasure>>;
}
