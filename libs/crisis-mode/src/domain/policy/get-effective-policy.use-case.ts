import type { Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { levelOf } from '../plan/crisis-plan';
import {
  exceptionInForce,
  normalPolicy,
  policyFrom,
  type EffectivePolicy,
} from './effective-policy';
import { resolveRule } from './resolve-rule';

export interface GetEffectivePolicyInput {
  actor: Actor;
  /** `null`: work that belongs to no service (the level's `all` rule). */
  serviceId: string | null;
  /** The client the work is for: their individual exception, if any, is included. */
  clientId?: string;
}

/**
 * CR-7: the rules in force now for a service (and a client). The other libraries ask this,
 * through their own ports, before they enrol, seat, record an encounter or a health measure.
 * With no crisis active it answers the normal policy, which changes nothing. Reads only.
 */
export class GetEffectivePolicy {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'state' | 'plans' | 'exceptions' | 'catalogue' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: GetEffectivePolicyInput): Promise<EffectivePolicy> {
    const { actor, serviceId } = input;
    const tenantId = actor.tenantId;
    return this.ports.unitOfWork.run(async () => {
      const state = await this.ports.state.find(tenantId);
      if (!state || state.planId === null || state.planVersion === null)
        return normalPolicy(serviceId);
      const plan = await this.ports.plans.find(tenantId, state.planId, state.planVersion);
      const level = plan && levelOf(plan, state.level);
      if (!plan || !level) return normalPolicy(serviceId);
      const service = serviceId ? await this.ports.catalogue.find(actor, serviceId) : null;
      const now = this.ports.clock.now();
      const exceptions = input.clientId
        ? await this.ports.exceptions.inForce({
            tenantId,
            clientId: input.clientId,
            serviceId,
            at: now,
          })
        : [];
      return policyFrom({
        serviceId,
        level: level.code,
        planId: plan.id,
        planVersion: plan.version,
        rule: resolveRule(level, service),
        exception: exceptions.find((exception) => exceptionInForce(exception, now)) ?? null,
      });
    });
  }
}
