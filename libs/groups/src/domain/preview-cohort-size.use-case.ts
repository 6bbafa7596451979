import { newId, type Actor } from '@lavterskel/kernel';
import { arrangementViolations } from './arrangement-input';
import { GroupsError, GroupsErrorCode, assertValid } from './groups-error';
import { AuditResource, type GroupsPorts } from './ports';
import { rearrangeRoster, type UnplacedMember } from './rearrange-roster';
import type { GroupChange } from './apply-cohort-size.use-case';

export interface PreviewCohortSizeInput {
  actor: Actor;
  maxSize: number;
  /** Only these services' groups; every group when left out. */
  serviceIds?: readonly string[];
}

export interface CohortSizePreview {
  readonly groups: number;
  readonly membersMoved: number;
  readonly unplaced: readonly UnplacedMember[];
  readonly groupsChanged: readonly GroupChange[];
}

/** The reference a preview's arrangement would have: never stored. */
const PREVIEW = 'preview';

/**
 * GR-4 without writing: what `ApplyCohortSizeUseCase` would do to every group in scope — the
 * same re-cohorting function on the same rosters, read without locks. Crisis mode's dry run
 * uses it. Audited as one search naming the members who would lose their seat.
 */
export class PreviewCohortSizeUseCase {
  constructor(
    private readonly ports: Pick<GroupsPorts, 'unitOfWork' | 'audit' | 'clock' | 'rosters'>,
  ) {}

  async execute(input: PreviewCohortSizeInput): Promise<CohortSizePreview> {
    assertValid(arrangementViolations({ ...input, reference: PREVIEW }));
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      const serviceIds = input.serviceIds
        ? [...new Set(input.serviceIds.map((id) => id.toLowerCase()))].sort()
        : null;
      const rosters = await this.ports.rosters.readAll(actor.tenantId, { serviceIds });
      const busy = rosters.filter((roster) => roster.group.activeArrangementId !== null);
      if (busy.length > 0) {
        throw new GroupsError(
          GroupsErrorCode.GroupAlreadyRearranged,
          `${busy.length} group(s) in scope are under another arrangement; a preview starts from groups without one.`,
          [],
          { groupIds: busy.map((roster) => roster.group.id) },
        );
      }
      const now = this.ports.clock.now();
      const results = rosters.map((roster) => ({
        groupId: roster.group.id,
        ...rearrangeRoster(roster, {
          arrangementId: PREVIEW,
          maxSize: input.maxSize,
          now,
          newCohortId: newId,
        }),
      }));
      const unplaced = results.flatMap((result) => result.unplaced);
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: AuditResource.arrangement,
        reason: `preview of cohort size ${input.maxSize}`,
        clientIds: unplaced.map((member) => member.clientId),
      });
      return {
        groups: rosters.length,
        membersMoved: results.reduce((sum, result) => sum + result.moved.length, 0),
        unplaced,
        groupsChanged: results
          .map((result) => ({
            groupId: result.groupId,
            membersMoved: result.moved.length,
            membersUnplaced: result.unplaced.length,
          }))
          .filter((change) => change.membersMoved > 0 || change.membersUnplaced > 0),
      };
    });
  }
}
