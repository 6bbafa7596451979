import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { IsoDate } from '../shared/calendar';
import type { DistributionRecord, DistributionTotal } from './distribution';

export interface DistributionTotalsQuery {
  tenantId: TenantId;
  from: IsoDate;
  to: IsoDate;
  serviceId?: string;
  partnerId?: string;
}

export interface DistributionRepository {
  insertAll(records: readonly DistributionRecord[]): Promise<void>;
  /** A client's records, newest first. */
  listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<DistributionRecord>>;
  /** Totals per ISO week, item and setting, in that order. */
  totals(query: DistributionTotalsQuery): Promise<DistributionTotal[]>;
}
