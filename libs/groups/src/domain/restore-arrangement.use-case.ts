import { notFound, type Actor } from '@lavterskel/kernel';
import type { Arrangement } from './arrangement';
import { referenceViolations } from './arrangement-input';
import { GroupsError, GroupsErrorCode, assertValid } from './groups-error';
import type { Membership } from './membership';
import { auditSeated } from './membership-audit';
import { AuditResource, type GroupsPorts } from './ports';
import { restoreRoster } from './restore-roster';
import { mergeChanges, rosterChanges } from './roster';

export interface RestoreArrangementInput {
  actor: Actor;
  /** The reference the arrangement was applied with. */
  reference: string;
}

export interface ArrangementRestored {
  readonly arrangement: Arrangement;
  readonly restoredAt: Date;
  readonly groups: number;
  /** Members back in the cohort they had before. */
  readonly membersReturned: number;
  /** Members who joined meanwhile and moved from a closing cohort to a remaining one. */
  readonly membersReseated: number;
  readonly cohortsClosed: number;
  /** Members who joined meanwhile and found no seat: waitlisted, a follow-up for the caller. */
  readonly waitlisted: readonly Pick<Membership, 'id' | 'clientId' | 'groupId'>[];
}

/**
 * GR-4: undoes an arrangement: every group in it gets back its cohorts, their sizes and its
 * members' seats exactly as before. Runs in the caller's transaction when there is one.
 */
export class RestoreArrangementUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'clock' | 'rosters' | 'arrangements'
    >,
  ) {}

  async execute(input: RestoreArrangementInput): Promise<ArrangementRestored> {
    assertValid(referenceViolations(input.reference));
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      const applied = await this.ports.arrangements.lockByReference(
        actor.tenantId,
        input.reference,
      );
      if (!applied) throw notFound('cohort arrangement');
      if (applied.status === 'restored') {
        throw new GroupsError(
          GroupsErrorCode.ArrangementAlreadyRestored,
          `The arrangement "${input.reference}" was restored already.`,
          [
            {
              field: 'reference',
              rule: 'applied',
              message: 'names an arrangement that was restored already',
            },
          ],
        );
      }
      const snapshot = await this.ports.arrangements.snapshot(applied);
      const rosters = await this.ports.rosters.lockAll(actor.tenantId, {
        arrangementId: applied.id,
      });
      const now = this.ports.clock.now();
      // Bucketed by group once: a filter per group is quadratic in a municipality's groups.
      const cohortsOf = byGroup(snapshot.cohorts);
      const membersOf = byGroup(snapshot.members);
      const results = rosters.map((roster) => {
        const groupId = roster.group.id;
        const own = {
          cohorts: cohortsOf.get(groupId) ?? [],
          members: membersOf.get(groupId) ?? [],
        };
        return { before: roster, ...restoreRoster(roster, own, now) };
      });
      const changes = mergeChanges(
        results.map((result) => rosterChanges(result.before, result.roster)),
      );
      await this.ports.rosters.save(actor.tenantId, changes);
      const arrangement: Arrangement = {
        ...applied,
        status: 'restored',
        restoredAt: now,
        restoredBy: actor.subject,
      };
      await this.ports.arrangements.markRestored(arrangement);

      const returned = results.flatMap((result) => result.returned);
      const reseated = results.flatMap((result) => result.reseated);
      const waitlisted = results.flatMap((result) => result.waitlisted);
      const promoted = results.flatMap((result) => result.promoted);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: AuditResource.arrangement,
        resourceId: arrangement.id,
        reason: `restored (${input.reference})`,
      });
      const why = `arrangement ${input.reference} restored`;
      await auditSeated(this.ports.audit, actor, returned, `${why}: back in the previous cohort`);
      await auditSeated(this.ports.audit, actor, reseated, `${why}: moved from a closing cohort`);
      await auditSeated(this.ports.audit, actor, waitlisted, `${why}: no seat left, waitlisted`);
      await auditSeated(this.ports.audit, actor, promoted, `${why}: promoted from the waitlist`);
      return {
        arrangement,
        restoredAt: now,
        groups: rosters.length,
        membersReturned: returned.length,
        membersReseated: reseated.length,
        cohortsClosed: changes.updatedCohorts.filter((cohort) => cohort.status === 'dissolved')
          .length,
        waitlisted: waitlisted.map((member) => ({
          id: member.id,
          clientId: member.clientId,
          groupId: member.groupId,
        })),
      };
    });
  }
}

function byGroup<T extends { groupId: string }>(entries: readonly T[]): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const entry of entries) {
    const bucket = buckets.get(entry.groupId);
    if (bucket) bucket.push(entry);
    else buckets.set(entry.groupId, [entry]);
  }
  return buckets;
}
