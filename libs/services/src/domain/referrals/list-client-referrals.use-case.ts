import type { Page } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { listClientRecords, type ClientRecordsQuery } from '../shared/list-client-records';
import type { Referral } from './referral';

/** A client's referrals, sent and received, newest first (need-to-know, audited). */
export class ListClientReferrals {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'referrals' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  execute(query: ClientRecordsQuery): Promise<Page<Referral>> {
    return listClientRecords(
      query,
      {
        resourceType: 'referral',
        list: (tenantId, clientId, page) =>
          this.ports.referrals.listForClient(tenantId, clientId, page),
      },
      this.ports,
    );
  }
}
