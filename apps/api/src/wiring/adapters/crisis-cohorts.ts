import type {
  CohortArrangements as CrisisCohortArrangements,
  CohortSizeResult,
} from '@lavterskel/crisis-mode';
import type { CohortArrangements } from '@lavterskel/groups/nest';
import type { Actor } from '@lavterskel/kernel';

/** Crisis mode re-cohorts groups, and restores them, through the groups library (GR-4). */
export class GroupsCohorts implements CrisisCohortArrangements {
  constructor(private readonly arrangements: CohortArrangements) {}

  async apply(
    actor: Actor,
    input: { reference: string; maxSize: number; serviceIds: readonly string[] },
  ): Promise<CohortSizeResult> {
    const applied = await this.arrangements.apply({ actor, ...input });
    return {
      groups: applied.groups,
      membersMoved: applied.membersMoved,
      groupsChanged: applied.groupsChanged.map((change) => ({ ...change })),
      unplaced: applied.unplaced.map(({ clientId, groupId, membershipId }) => ({
        clientId,
        groupId,
        membershipId,
      })),
    };
  }

  async restore(actor: Actor, reference: string): Promise<void> {
    await this.arrangements.restore({ actor, reference });
  }
}
