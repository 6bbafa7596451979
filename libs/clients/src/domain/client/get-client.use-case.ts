import type { ClientsDependencies } from '../clients-dependencies';
import type { Client } from './client';
import { openClientRecord, type ClientRecordRequest } from './open-client-record';

type Dependencies = Pick<ClientsDependencies, 'clients' | 'careRelations' | 'audit'>;

/**
 * Reads one client's record (need-to-know, audited). No transaction of its own: where the
 * repository can, the read, the care relation and the audit row are one statement.
 */
export class GetClient {
  constructor(private readonly deps: Dependencies) {}

  execute(request: ClientRecordRequest): Promise<Client> {
    return openClientRecord(request, this.deps, { action: 'read', resourceType: 'client' });
  }
}
