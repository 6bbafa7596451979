import type { Actor } from '@lavterskel/kernel';
import { GetEffectivePolicy } from './get-effective-policy.use-case';
import { policyVerdict, type PolicyAction, type PolicyVerdict } from './policy-verdict';

export interface CheckCrisisPolicyInput {
  actor: Actor;
  serviceId: string | null;
  clientId: string | null;
  action: PolicyAction;
}

/**
 * CR-7 as a yes or no: may this be done for this client at this service now? The other
 * libraries' ports are wired to it; a refusal names the rule and the level.
 */
export class CheckCrisisPolicy {
  constructor(private readonly policies: GetEffectivePolicy) {}

  async execute(input: CheckCrisisPolicyInput): Promise<PolicyVerdict> {
    const policy = await this.policies.execute({
      actor: input.actor,
      serviceId: input.serviceId,
      clientId: input.clientId ?? undefined,
    });
    return policyVerdict(policy, input.action);
  }
}
