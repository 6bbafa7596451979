import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import type { HandoverNote } from './handover-note';

type Dependencies = Pick<ClientsDependencies, 'handoverNotes' | 'unitOfWork' | 'audit'>;

/**
 * CL-6: the caller's handover inbox: notes on clients they are primary or back-up contact for,
 * written by someone else and not yet read by them, oldest first.
 */
export class ListUnreadHandoverNotes {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: { actor: Actor; page: PageRequest }): Promise<Page<HandoverNote>> {
    return this.deps.unitOfWork.run(async () => {
      const page = await this.deps.handoverNotes.unreadFor(
        input.actor.tenantId,
        input.actor.subject,
        input.page,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'search',
        resourceType: 'handover-note',
        clientIds: [...new Set(page.items.map((note) => note.clientId))],
      });
      return page;
    });
  }
}
