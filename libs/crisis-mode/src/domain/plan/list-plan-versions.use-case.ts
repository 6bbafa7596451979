import { notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { CrisisPlan } from './crisis-plan';

/** Every version of one plan, oldest first. */
export class ListPlanVersions {
  constructor(private readonly ports: Pick<CrisisModePorts, 'plans'>) {}

  async execute(input: { actor: Actor; planId: string }): Promise<CrisisPlan[]> {
    const versions = await this.ports.plans.versions(input.actor.tenantId, input.planId);
    if (versions.length === 0) throw notFound('crisis plan');
    return versions;
  }
}
