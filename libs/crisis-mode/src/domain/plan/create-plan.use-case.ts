import { newId, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertValid } from '../shared/violations';
import { assertCoordinator } from './authorize-coordinator';
import type { CrisisPlan, CrisisPlanContent } from './crisis-plan';
import { planViolations } from './plan-violations';

export interface CreatePlanInput {
  actor: Actor;
  content: CrisisPlanContent;
}

/** CR-1: a municipality's crisis plan, prepared in advance: version 1. */
export class CreatePlan {
  constructor(
    private readonly ports: Pick<CrisisModePorts, 'plans' | 'audit' | 'clock' | 'unitOfWork'>,
  ) {}

  async execute(input: CreatePlanInput): Promise<CrisisPlan> {
    assertCoordinator(input.actor);
    assertValid(planViolations(input.content));
    const plan: CrisisPlan = {
      ...input.content,
      id: newId(),
      tenantId: input.actor.tenantId,
      version: 1,
      createdBy: input.actor.subject,
      createdAt: this.ports.clock.now(),
    };
    return this.ports.unitOfWork.run(async () => {
      await this.ports.plans.insert(plan);
      await this.ports.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'crisis-plan',
        resourceId: plan.id,
        reason: `version 1: ${plan.name}`,
      });
      return plan;
    });
  }
}
