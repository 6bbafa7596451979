import type { Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { noCrisis, type CrisisState } from './crisis-state';

/** The level in force in the caller's municipality (CR-2). */
export class GetCrisisLevel {
  constructor(private readonly ports: Pick<CrisisModePorts, 'state'>) {}

  async execute(input: { actor: Actor }): Promise<CrisisState> {
    return (await this.ports.state.find(input.actor.tenantId)) ?? noCrisis(input.actor.tenantId);
  }
}
