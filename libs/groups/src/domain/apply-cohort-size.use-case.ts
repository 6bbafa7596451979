import { newId, type Actor } from '@lavterskel/kernel';
import type { Arrangement } from './arrangement';
import { arrangementViolations } from './arrangement-input';
import { GroupsError, GroupsErrorCode, assertValid } from './groups-error';
import { auditSeated } from './membership-audit';
import { AuditResource, type GroupsPorts } from './ports';
import { rearrangeRoster, type UnplacedMember } from './rearrange-roster';
import { mergeChanges, rosterChanges } from './roster';

export interface ApplyCohortSizeInput {
  actor: Actor;
  /** The caller's key for this arrangement, e.g. the crisis activation id; restore with it. */
  reference: string;
  /** The new largest cohort size N. */
  maxSize: number;
  /** Only these services' groups (e.g. the services of one category); every group when left out. */
  serviceIds?: readonly string[];
}

export interface GroupChange {
  readonly groupId: string;
  readonly membersMoved: number;
  readonly membersUnplaced: number;
}

export interface CohortSizeApplied {
  readonly arrangement: Arrangement;
  readonly groups: number;
  readonly cohortsResized: number;
  readonly cohortsOpened: number;
  readonly cohortsDissolved: number;
  readonly membersMoved: number;
  /** Per group that changed: members moved to another cohort and members left without a seat. */
  readonly groupsChanged: readonly GroupChange[];
  /** Never dropped silently: every member without a seat, now on their group's waitlist. */
  readonly unplaced: readonly UnplacedMember[];
}

/**
 * GR-4: applies cohort size N to every group in scope, re-cohorting each with the fewest moves,
 * and keeps what it changed so that `RestoreArrangementUseCase` can undo it exactly. Runs in
 * the caller's transaction when there is one (crisis activation), so it commits or rolls back
 * with the caller's other effects.
 */
export class ApplyCohortSizeUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'clock' | 'rosters' | 'arrangements'
    >,
  ) {}

  async execute(input: ApplyCohortSizeInput): Promise<CohortSizeApplied> {
    assertValid(arrangementViolations(input));
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      if (await this.ports.arrangements.findByReference(actor.tenantId, input.reference))
        throw referenceTaken(input.reference);
      const serviceIds = input.serviceIds
        ? [...new Set(input.serviceIds.map((id) => id.toLowerCase()))].sort()
        : null;
      const rosters = await this.ports.rosters.lockAll(actor.tenantId, { serviceIds });
      const busy = rosters
        .filter((roster) => roster.group.activeArrangementId !== null)
        .map((roster) => roster.group.id);
      if (busy.length > 0) {
        throw new GroupsError(
          GroupsErrorCode.GroupAlreadyRearranged,
          `${busy.length} group(s) in scope are under another arrangement; restore it first.`,
          [],
          { groupIds: busy },
        );
      }
      const now = this.ports.clock.now();
      const arrangement: Arrangement = {
        id: newId(),
        tenantId: actor.tenantId,
        reference: input.reference,
        maxSize: input.maxSize,
        serviceIds,
        status: 'applied',
        appliedAt: now,
        appliedBy: actor.subject,
        restoredAt: null,
        restoredBy: null,
      };
      await this.ports.arrangements.insert(arrangement);
      const results = rosters.map((roster) => ({
        before: roster,
        ...rearrangeRoster(roster, {
          arrangementId: arrangement.id,
          maxSize: input.maxSize,
          now,
          newCohortId: newId,
        }),
      }));
      const changes = mergeChanges(
        results.map((result) => rosterChanges(result.before, result.roster)),
      );
      await this.ports.rosters.save(actor.tenantId, changes);
      const snapshots = results.map((result) => result.snapshot);
      await this.ports.arrangements.saveSnapshot(arrangement, {
        cohorts: snapshots.flatMap((snapshot) => snapshot.cohorts),
        members: snapshots.flatMap((snapshot) => snapshot.members),
      });

      const moved = results.flatMap((result) => result.moved);
      const unplaced = results.flatMap((result) => result.unplaced);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: AuditResource.arrangement,
        resourceId: arrangement.id,
        reason: `cohort size ${input.maxSize} (${input.reference})`,
      });
      await auditSeated(
        this.ports.audit,
        actor,
        moved,
        `re-cohorted to size ${input.maxSize} (${input.reference})`,
      );
      await auditSeated(
        this.ports.audit,
        actor,
        unplaced.map((entry) => ({ id: entry.membershipId, clientId: entry.clientId })),
        `no seat at cohort size ${input.maxSize} (${input.reference}): waitlisted for follow-up`,
      );
      return {
        arrangement,
        groups: rosters.length,
        cohortsResized: changes.updatedCohorts.filter((cohort) => cohort.status === 'active')
          .length,
        cohortsOpened: changes.insertedCohorts.length,
        cohortsDissolved: changes.updatedCohorts.filter((cohort) => cohort.status === 'dissolved')
          .length,
        membersMoved: moved.length,
        groupsChanged: results
          .map((result) => ({
            groupId: result.before.group.id,
            membersMoved: result.moved.length,
            membersUnplaced: result.unplaced.length,
          }))
          .filter((change) => change.membersMoved > 0 || change.membersUnplaced > 0),
        unplaced,
      };
    });
  }
}

function referenceTaken(reference: string): GroupsError {
  return new GroupsError(
    GroupsErrorCode.ArrangementReferenceTaken,
    `An arrangement "${reference}" exists already.`,
    [{ field: 'reference', rule: 'unique', message: 'is already used by another arrangement' }],
  );
}
