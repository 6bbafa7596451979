import type { Page } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { listClientRecords, type ClientRecordsQuery } from '../shared/list-client-records';
import type { Escalation } from './escalation';

/** A client's escalations to the cross-agency forum, newest first (need-to-know, audited). */
export class ListClientEscalations {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'cooperation' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  execute(query: ClientRecordsQuery): Promise<Page<Escalation>> {
    return listClientRecords(
      query,
      {
        resourceType: 'escalation',
        list: (tenantId, clientId, page) =>
          this.ports.cooperation.listEscalationsForClient(tenantId, clientId, page),
      },
      this.ports,
    );
  }
}
