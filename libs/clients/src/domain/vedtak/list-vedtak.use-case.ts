import type { Page, PageRequest } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { Vedtak } from './vedtak';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'vedtak' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** CL-7: a client's vedtak, latest first. */
export class ListVedtak {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & { page: PageRequest }): Promise<Page<Vedtak>> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const page = await this.deps.vedtak.list(input.actor.tenantId, client.id, input.page);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'vedtak',
        clientId: client.id,
      });
      return page;
    });
  }
}
