import type {
  ServiceActivity,
  ServiceActivityRequest,
  ServiceActivityVerdict,
  ServicesCrisisRules,
} from '../crisis-rules/services-crisis-rules';

/**
 * Crisis rules in memory: refuses the activity kinds told to (as rule `rule` at level `red`,
 * plan version 3) unless the client is excepted, and remembers every request it was asked.
 */
export class InMemoryCrisisRules implements ServicesCrisisRules {
  readonly requests: ServiceActivityRequest[] = [];
  private readonly refused = new Map<ServiceActivity['kind'], string>();
  private readonly excepted = new Set<string>();

  refuse(kind: ServiceActivity['kind'], rule: string): this {
    this.refused.set(kind, rule);
    return this;
  }

  except(clientId: string): this {
    this.excepted.add(clientId);
    return this;
  }

  async check(request: ServiceActivityRequest): Promise<ServiceActivityVerdict> {
    this.requests.push(request);
    const rule = this.refused.get(request.activity.kind);
    if (rule === undefined || this.excepted.has(request.clientId)) return { allowed: true };
    return {
      allowed: false,
      rule,
      level: 'red',
      planVersion: 3,
      message: `Not at this level (crisis level red, plan version 3).`,
    };
  }
}
