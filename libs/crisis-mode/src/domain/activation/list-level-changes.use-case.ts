import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { LevelChange } from './crisis-state';

/** The crisis history, newest first: who changed the level, when, why, and what it applied. */
export class ListLevelChanges {
  constructor(private readonly ports: Pick<CrisisModePorts, 'state'>) {}

  execute(input: { actor: Actor; page: PageRequest }): Promise<Page<LevelChange>> {
    return this.ports.state.listChanges(input.actor.tenantId, input.page);
  }
}
