import { newId, type Actor } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertCoordinator } from '../plan/authorize-coordinator';
import { assertValid, notBlank, violation } from '../shared/violations';
import type { Guideline } from './crisis-state';
import type { ScheduledChange } from './scheduled-change';

export interface ScheduleLevelChangeInput {
  actor: Actor;
  level: string;
  planId?: string;
  reason: string;
  guideline: Guideline;
  /** When it takes effect; must be in the future. */
  runAt: Date;
}

/**
 * CR-2 "effective at a set time": kept in the database, so it fires once whichever API process
 * claims it, also after a restart. Whether the level exists is checked when it fires (the plan
 * may be revised meanwhile); a failure then is kept on the scheduled change.
 */
export class ScheduleLevelChange {
  constructor(
    private readonly ports: Pick<
      CrisisModePorts,
      'scheduledChanges' | 'plans' | 'audit' | 'clock' | 'unitOfWork'
    >,
  ) {}

  async execute(input: ScheduleLevelChangeInput): Promise<ScheduledChange> {
    const { actor } = input;
    assertCoordinator(actor);
    const now = this.ports.clock.now();
    assertValid([
      notBlank(input.level, 'level'),
      notBlank(input.reason, 'reason'),
      notBlank(input.guideline.text, 'guideline.text'),
      input.runAt.getTime() <= now.getTime() &&
        violation(
          'effectiveAt',
          'future',
          'must be in the future; leave it out to change the level now',
        ),
    ]);
    return this.ports.unitOfWork.run(async () => {
      if (input.planId && !(await this.ports.plans.find(actor.tenantId, input.planId))) {
        assertValid([
          violation('planId', 'exists', 'must be the id of a crisis plan of your municipality'),
        ]);
      }
      const change: ScheduledChange = {
        id: newId(),
        tenantId: actor.tenantId,
        toLevel: input.level,
        planId: input.planId ?? null,
        reason: input.reason.trim(),
        guideline: { text: input.guideline.text.trim(), url: input.guideline.url },
        requestedBy: actor.subject,
        requestedByRoles: [...actor.roles],
        runAt: input.runAt,
        status: 'pending',
        levelChangeId: null,
        error: null,
        createdAt: now,
        settledAt: null,
      };
      await this.ports.scheduledChanges.insert(change);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'crisis-scheduled-change',
        resourceId: change.id,
        reason: `to ${change.toLevel} at ${change.runAt.toISOString()}`,
      });
      return change;
    });
  }
}
