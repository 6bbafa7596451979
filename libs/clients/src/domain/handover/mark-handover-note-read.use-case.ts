import { isUuid, notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { ReadReceipt } from './handover-note';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'handoverNotes' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-6: the caller confirms reading a handover note; confirming twice keeps the first receipt. */
export class MarkHandoverNoteRead {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & { noteId: string }): Promise<ReadReceipt> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const note = isUuid(input.noteId)
        ? await this.deps.handoverNotes.find(input.actor.tenantId, client.id, input.noteId)
        : null;
      if (!note) throw notFound('handover note');
      const receipt = await this.deps.handoverNotes.markRead({
        tenantId: input.actor.tenantId,
        noteId: note.id,
        reader: input.actor.subject,
        at: this.deps.clock.now(),
      });
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'handover-note',
        resourceId: note.id,
        clientId: client.id,
      });
      return receipt;
    });
  }
}
