import type { GroupCrisisRules, GroupJoinCheck, GroupJoinVerdict } from '../group-crisis-rules';

/**
 * Crisis rules in memory: allows every join until told a rule to refuse with (at level `red`,
 * plan version 3) or a group size; excepted clients pass every rule but the size. Remembers
 * every check it was asked.
 */
export class InMemoryGroupCrisisRules implements GroupCrisisRules {
  readonly checks: GroupJoinCheck[] = [];
  private refusedRule: string | null = null;
  private maxGroupSize: number | null = null;
  private readonly excepted = new Set<string>();

  refuse(rule: string): this {
    this.refusedRule = rule;
    return this;
  }

  limitSize(maxGroupSize: number): this {
    this.maxGroupSize = maxGroupSize;
    return this;
  }

  except(clientId: string): this {
    this.excepted.add(clientId);
    return this;
  }

  async checkJoin(check: GroupJoinCheck): Promise<GroupJoinVerdict> {
    this.checks.push(check);
    if (
      this.maxGroupSize !== null &&
      check.membersNow !== null &&
      check.membersNow + 1 > this.maxGroupSize
    ) {
      return this.refusal('group-size');
    }
    if (this.refusedRule === null || this.excepted.has(check.clientId)) return { allowed: true };
    return this.refusal(this.refusedRule);
  }

  private refusal(rule: string): GroupJoinVerdict {
    return {
      allowed: false,
      rule,
      level: 'red',
      planVersion: 3,
      message: 'Not at this level (crisis level red, plan version 3).',
    };
  }
}
