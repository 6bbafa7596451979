import type { Page, PageRequest } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { HandoverNote } from './handover-note';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'handoverNotes' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** CL-6: a client's handover notes, newest first, with who has read each. */
export class ListHandoverNotes {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & { page: PageRequest }): Promise<Page<HandoverNote>> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const page = await this.deps.handoverNotes.list(input.actor.tenantId, client.id, input.page);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'handover-note',
        clientId: client.id,
      });
      return page;
    });
  }
}
