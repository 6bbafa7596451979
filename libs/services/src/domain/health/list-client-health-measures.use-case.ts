import type { Page } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { listClientRecords, type ClientRecordsQuery } from '../shared/list-client-records';
import type { HealthMeasure } from './health-measure';

/** A client's tests and vaccinations, newest first (need-to-know, audited). */
export class ListClientHealthMeasures {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'healthMeasures' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  execute(query: ClientRecordsQuery): Promise<Page<HealthMeasure>> {
    return listClientRecords(
      query,
      {
        resourceType: 'health-measure',
        list: (tenantId, clientId, page) =>
          this.ports.healthMeasures.listForClient(tenantId, clientId, page),
      },
      this.ports,
    );
  }
}
