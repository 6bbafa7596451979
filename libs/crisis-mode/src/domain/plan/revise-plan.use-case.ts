import { notFound, staleVersion, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertValid } from '../shared/violations';
import { assertCoordinator } from './authorize-coordinator';
import type { CrisisPlan, CrisisPlanContent } from './crisis-plan';
import { planViolations } from './plan-violations';

export interface RevisePlanInput {
  actor: Actor;
  planId: string;
  content: CrisisPlanContent;
  /** The version the editor read (If-Match); a newer one means someone else edited first. */
  expectedVersion: number;
}

/**
 * CR-1: editing a plan makes a new version; earlier versions stay as they were, and a level in
 * force keeps the version it was activated with.
 */
export class RevisePlan {
  constructor(
    private readonly ports: Pick<CrisisModePorts, 'plans' | 'audit' | 'clock' | 'unitOfWork'>,
  ) {}

  async execute(input: RevisePlanInput): Promise<CrisisPlan> {
    const { actor } = input;
    assertCoordinator(actor);
    assertValid(planViolations(input.content));
    return this.ports.unitOfWork.run(async () => {
      const current = await this.ports.plans.find(actor.tenantId, input.planId);
      if (!current) throw notFound('crisis plan');
      if (current.version !== input.expectedVersion) throw staleVersion();
      const next: CrisisPlan = {
        ...current,
        ...input.content,
        version: current.version + 1,
        createdBy: actor.subject,
        createdAt: this.ports.clock.now(),
      };
      // (tenant, id, version) is the primary key: a concurrent edit of the same version fails here.
      await this.ports.plans.insert(next);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'crisis-plan',
        resourceId: next.id,
        reason: `version ${next.version}`,
      });
      return next;
    });
  }
}
