import type { Page } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { listClientRecords, type ClientRecordsQuery } from '../shared/list-client-records';
import type { Prescription } from './prescription';

/** A client's LAR prescriptions, newest first (need-to-know, audited). */
export class ListClientPrescriptions {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'prescriptions' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  execute(query: ClientRecordsQuery): Promise<Page<Prescription>> {
    return listClientRecords(
      query,
      {
        resourceType: 'prescription',
        list: (tenantId, clientId, page) =>
          this.ports.prescriptions.listForClient(tenantId, clientId, page),
      },
      this.ports,
    );
  }
}
