import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { ScheduledChange } from './scheduled-change';

/** Level changes set for later, soonest first, with what became of each. */
export class ListScheduledChanges {
  constructor(private readonly ports: Pick<CrisisModePorts, 'scheduledChanges'>) {}

  execute(input: { actor: Actor; page: PageRequest }): Promise<Page<ScheduledChange>> {
    return this.ports.scheduledChanges.list(input.actor.tenantId, input.page);
  }
}
