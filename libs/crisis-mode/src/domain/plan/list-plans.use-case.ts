import type { Actor, Page, PageRequest } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { CrisisPlan } from './crisis-plan';

/** The newest version of each of the municipality's plans. */
export class ListPlans {
  constructor(private readonly ports: Pick<CrisisModePorts, 'plans'>) {}

  execute(input: { actor: Actor; page: PageRequest }): Promise<Page<CrisisPlan>> {
    return this.ports.plans.list(input.actor.tenantId, input.page);
  }
}
