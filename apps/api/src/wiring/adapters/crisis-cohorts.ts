import type {
  CohortArrangements as CrisisCohortArrangements,
  CohortSizeResult,
} from '@lavterskel/crisis-mode';
import type { CohortSizePreview } from '@lavterskel/groups';
import type { CohortArrangements } from '@lavterskel/groups/nest';
import type { Actor } from '@lavterskel/kernel';

/** Crisis mode re-cohorts groups, and restores them, through the groups library (GR-4). */
export class GroupsCohorts implements CrisisCohortArrangements {
  constructor(private readonly arrangements: CohortArrangements) {}

  async apply(
    actor: Actor,
    input: { reference: string; maxSize: number; serviceIds: readonly string[] },
  ): Promise<CohortSizeResult> {
    return toResult(await this.arrangements.apply({ actor, ...input }));
  }

  async preview(
    actor: Actor,
    input: { maxSize: number; serviceIds: readonly string[] },
  ): Promise<CohortSizeResult> {
    return toResult(await this.arrangements.preview({ actor, ...input }));
  }

  async restore(actor: Actor, reference: string): Promise<void> {
    await this.arrangements.restore({ actor, reference });
  }
}

function toResult(result: CohortSizePreview): CohortSizeResult {
  return {
    groups: result.groups,
    membersMoved: result.membersMoved,
    groupsChanged: result.groupsChanged.map((change) => ({ ...change })),
    unplaced: result.unplaced.map(({ clientId, groupId, membershipId }) => ({
      clientId,
      groupId,
      membershipId,
    })),
  };
}
