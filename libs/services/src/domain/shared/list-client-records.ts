import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from './client-access';

export interface ClientRecordsQuery {
  actor: Actor;
  clientId: string;
  breakGlassReason?: string;
  page: PageRequest;
}

/**
 * One client's records of a kind, in one transaction: need-to-know first (a client out of
 * reach answers as missing), then the page, then one audit entry naming the client.
 */
export function listClientRecords<T>(
  query: ClientRecordsQuery,
  kind: {
    /** Audited as this resource type. */
    resourceType: string;
    list: (tenantId: Actor['tenantId'], clientId: string, page: PageRequest) => Promise<Page<T>>;
  },
  ports: Pick<ServicesPorts, 'careRelations' | 'audit' | 'unitOfWork'>,
): Promise<Page<T>> {
  const { actor, clientId } = query;
  return ports.unitOfWork.run(async () => {
    await authorizeClientRecord({ ...query, resource: 'client' }, ports);
    const page = await kind.list(actor.tenantId, clientId, query.page);
    await ports.audit.record({
      actor,
      action: 'search',
      resourceType: kind.resourceType,
      clientId,
    });
    return page;
  });
}
