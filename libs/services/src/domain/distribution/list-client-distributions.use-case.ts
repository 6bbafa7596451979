import type { Page } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { listClientRecords, type ClientRecordsQuery } from '../shared/list-client-records';
import type { DistributionRecord } from './distribution';

/** What a client has been given, newest first (need-to-know, audited). */
export class ListClientDistributions {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'distributions' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  execute(query: ClientRecordsQuery): Promise<Page<DistributionRecord>> {
    return listClientRecords(
      query,
      {
        resourceType: 'distribution',
        list: (tenantId, clientId, page) =>
          this.ports.distributions.listForClient(tenantId, clientId, page),
      },
      this.ports,
    );
  }
}
