import { newId } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { text } from '../shared/text';
import { Violations } from '../shared/violations';
import { MAX_HANDOVER_NOTE_LENGTH, type HandoverNote } from './handover-note';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'handoverNotes' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** CL-6: a note for the next shift about a client. */
export class WriteHandoverNote {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & { text: string }): Promise<HandoverNote> {
    const body = text(input.text) ?? '';
    const violations = new Violations();
    if (body === '')
      violations.add('text', 'required', 'must say what the next shift needs to know');
    violations.maxLength('text', body, MAX_HANDOVER_NOTE_LENGTH).throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const note: HandoverNote = {
        id: newId(),
        clientId: client.id,
        text: body,
        writtenBy: input.actor.subject,
        writtenAt: this.deps.clock.now(),
        readBy: [],
      };
      await this.deps.handoverNotes.insert(input.actor.tenantId, note);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'handover-note',
        resourceId: note.id,
        clientId: client.id,
      });
      return note;
    });
  }
}
