import { DomainError, type Actor, type TenantId } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { ChangeCrisisLevel } from './change-crisis-level.use-case';
import type { ScheduledChange } from './scheduled-change';

/** What one run fired. */
export interface DueRunResult {
  readonly applied: readonly string[];
  readonly failed: readonly string[];
}

/**
 * Fires every scheduled level change that is due, each in its own transaction. Several API
 * processes may run this at once: a change is claimed with `FOR UPDATE SKIP LOCKED` and leaves
 * `pending` in the transaction that applies it, so it fires exactly once. A change that fails
 * is marked failed with the reason, in a transaction of its own.
 */
export class RunDueLevelChanges {
  private readonly change: ChangeCrisisLevel;

  constructor(
    private readonly ports: ConstructorParameters<typeof ChangeCrisisLevel>[0] &
      Pick<CrisisModePorts, 'scheduledChanges'>,
  ) {
    this.change = new ChangeCrisisLevel(ports);
  }

  async execute(input: { limit?: number } = {}): Promise<DueRunResult> {
    const applied: string[] = [];
    const failed: string[] = [];
    for (let i = 0; i < (input.limit ?? 20); i++) {
      const claimed = await this.fireOne().catch(async (error: unknown) => {
        if (!(error instanceof FiringFailed)) throw error;
        await this.markFailed(error.scheduled, error.cause);
        failed.push(error.scheduled.id);
        return 'failed' as const;
      });
      if (claimed === null) break;
      if (claimed !== 'failed') applied.push(claimed);
    }
    return { applied, failed };
  }

  /** The id of the change applied, or `null` when nothing is due. */
  private fireOne(): Promise<string | null> {
    return this.ports.unitOfWork.run(async () => {
      const scheduled = await this.ports.scheduledChanges.claimDue(this.ports.clock.now());
      if (!scheduled) return null;
      try {
        const report = await this.change.execute({
          actor: actorOf(scheduled),
          level: scheduled.toLevel,
          planId: scheduled.planId ?? undefined,
          reason: scheduled.reason,
          guideline: scheduled.guideline,
          scheduledChangeId: scheduled.id,
        });
        await this.settle(scheduled, 'applied', report.levelChangeId, null);
        return scheduled.id;
      } catch (error) {
        throw new FiringFailed(scheduled, error);
      }
    });
  }

  private markFailed(scheduled: ScheduledChange, cause: unknown): Promise<void> {
    const reason =
      cause instanceof DomainError ? `${cause.code}: ${cause.message}` : 'unexpected error';
    return this.ports.unitOfWork.run(async () => {
      await this.settle(scheduled, 'failed', null, reason);
    });
  }

  private async settle(
    scheduled: ScheduledChange,
    status: 'applied' | 'failed',
    levelChangeId: string | null,
    error: string | null,
  ): Promise<void> {
    const now = this.ports.clock.now();
    await this.ports.scheduledChanges.settle({
      tenantId: scheduled.tenantId,
      id: scheduled.id,
      status,
      levelChangeId,
      error,
      at: now,
    });
    await this.ports.audit.record({
      actor: actorOf(scheduled),
      action: 'update',
      resourceType: 'crisis-scheduled-change',
      resourceId: scheduled.id,
      reason: error ? `failed: ${error}` : `applied as ${levelChangeId}`,
    });
  }
}

class FiringFailed extends Error {
  constructor(
    readonly scheduled: ScheduledChange,
    override readonly cause: unknown,
  ) {
    super('scheduled change failed');
  }
}

/** The coordinator who scheduled the change, as the actor it fires as. */
function actorOf(scheduled: ScheduledChange): Actor {
  return {
    subject: scheduled.requestedBy,
    tenantId: scheduled.tenantId as TenantId,
    roles: scheduled.requestedByRoles,
    teamIds: [],
  };
}
