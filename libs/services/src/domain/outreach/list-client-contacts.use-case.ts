import type { Page } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { listClientRecords, type ClientRecordsQuery } from '../shared/list-client-records';
import type { OutreachContact } from './outreach-contact';

/** A client's outreach contacts, newest first (need-to-know, audited). */
export class ListClientContacts {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'outreach' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  execute(query: ClientRecordsQuery): Promise<Page<OutreachContact>> {
    return listClientRecords(
      query,
      {
        resourceType: 'outreach-contact',
        list: (tenantId, clientId, page) =>
          this.ports.outreach.listContactsForClient(tenantId, clientId, page),
      },
      this.ports,
    );
  }
}
