import { notFound, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { CrisisPlan } from './crisis-plan';

/** A plan's newest version, or the version asked for. Plans hold no personal data. */
export class GetPlan {
  constructor(private readonly ports: Pick<CrisisModePorts, 'plans'>) {}

  async execute(input: { actor: Actor; planId: string; version?: number }): Promise<CrisisPlan> {
    const plan = await this.ports.plans.find(input.actor.tenantId, input.planId, input.version);
    if (!plan) throw notFound('crisis plan');
    return plan;
  }
}
