import type {
  ClientsCrisisRules,
  EncounterCheck,
  EncounterVerdict,
} from '../encounter/encounter-crisis-rules';
import type { EncounterChannel } from '../encounter/encounter';

/**
 * Crisis rules in memory: refuses the channels told to (as `channel-not-allowed` at level
 * `red`, plan version 3) unless the client is excepted, and remembers every check it was asked.
 */
export class InMemoryClientsCrisisRules implements ClientsCrisisRules {
  readonly checks: EncounterCheck[] = [];
  private readonly refused = new Set<EncounterChannel>();
  private readonly excepted = new Set<string>();

  refuse(...channels: EncounterChannel[]): this {
    channels.forEach((channel) => this.refused.add(channel));
    return this;
  }

  except(clientId: string): this {
    this.excepted.add(clientId);
    return this;
  }

  async checkEncounter(check: EncounterCheck): Promise<EncounterVerdict> {
    this.checks.push(check);
    if (!this.refused.has(check.channel) || this.excepted.has(check.clientId))
      return { allowed: true };
    return {
      allowed: false,
      rule: 'channel-not-allowed',
      level: 'red',
      planVersion: 3,
      message: `Contact by ${check.channel} is not allowed (crisis level red, plan version 3).`,
    };
  }
}
