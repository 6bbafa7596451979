import { authorizeClientAccess, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { EffectivePolicy } from './effective-policy';
import { GetEffectivePolicy } from './get-effective-policy.use-case';

/**
 * CR-7 for a person asking: the policy in force, with the client's exception only for a client
 * the asker follows (need-to-know, audited). Other libraries use `CheckCrisisPolicy` instead.
 */
export class ShowEffectivePolicy {
  private readonly policies: GetEffectivePolicy;

  constructor(
    private readonly ports: ConstructorParameters<typeof GetEffectivePolicy>[0] &
      Pick<CrisisModePorts, 'careRelations' | 'audit'>,
  ) {
    this.policies = new GetEffectivePolicy(ports);
  }

  async execute(input: {
    actor: Actor;
    serviceId: string | null;
    clientId?: string;
  }): Promise<EffectivePolicy> {
    const { actor, clientId } = input;
    return this.ports.unitOfWork.run(async () => {
      if (clientId) {
        await authorizeClientAccess({ actor, clientId, resource: 'client' }, this.ports);
        await this.ports.audit.record({
          actor,
          action: 'read',
          resourceType: 'crisis-exception',
          clientId,
          reason: 'policy in force',
        });
      }
      return this.policies.execute(input);
    });
  }
}
