import {
  authorizeClientAccess,
  authorizeWithoutCareRelation,
  newId,
  notFound,
  parseUuid,
  type Actor,
} from '@lavterskel/kernel';
import type { GroupCrisisRules, GroupJoinCheck } from './group-crisis-rules';
import { GroupsError, GroupsErrorCode, assertValid } from './groups-error';
import type { Membership } from './membership';
import { AuditResource, type GroupsPorts } from './ports';
import { activeMembers, rosterChanges } from './roster';
import { timeSlotViolations, type TimeSlot } from './schedule';
import { joinRoster } from './seating';
import { savedMember } from './saved-member';

export interface JoinGroupInput {
  actor: Actor;
  groupId: string;
  clientId: string;
  /** A specific cohort; without it, the roomiest cohort (in the preferred slot, if any). */
  cohortId?: string;
  preferredSlot?: TimeSlot;
  /** Wait for a seat instead of a 409 when none is free. */
  waitlistIfFull?: boolean;
  breakGlassReason?: string;
}

/**
 * GR-2 and GR-5: a client of the registry joins a group. Seats are counted under a lock on the group row, so
 * concurrent joins take them one at a time and a cohort of N never holds N + 1. The crisis rules
 * in force (CR-7) may refuse the join: closed groups, a smaller size, residents only.
 */
export class JoinGroupUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      | 'unitOfWork'
      | 'audit'
      | 'clock'
      | 'clientDirectory'
      | 'careRelations'
      | 'rosters'
      | 'crisisRules'
    >,
  ) {}

  async execute(input: JoinGroupInput): Promise<Membership> {
    const groupId = parseUuid(input.groupId, 'groupId');
    const clientId = parseUuid(input.clientId, 'clientId');
    const cohortId =
      input.cohortId === undefined ? undefined : parseUuid(input.cohortId, 'cohortId');
    if (input.preferredSlot) assertValid(timeSlotViolations(input.preferredSlot, 'preferredSlot'));
    return this.ports.unitOfWork.run(async () => {
      const { actor } = input;
      await this.authorizeClient({ actor, clientId, breakGlassReason: input.breakGlassReason });
      const roster = await this.ports.rosters.lock(actor.tenantId, groupId);
      if (!roster) throw notFound('group');
      const joined = joinRoster(roster, {
        membershipId: newId(),
        clientId,
        cohortId,
        preferredSlot: input.preferredSlot,
        waitlistIfFull: input.waitlistIfFull ?? false,
        now: this.ports.clock.now(),
      });
      const { cohortId: seatedIn } = joined.membership;
      await assertJoinAllowed(this.ports.crisisRules, {
        actor,
        serviceId: roster.group.serviceId,
        groupId,
        clientId,
        membersNow: seatedIn === null ? null : activeMembers(roster, seatedIn).length,
      });
      const changes = rosterChanges(roster, joined.roster);
      await this.ports.rosters.save(actor.tenantId, changes);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: AuditResource.membership,
        resourceId: joined.membership.id,
        clientId,
        reason: joined.membership.status === 'active' ? 'joined a cohort' : 'joined the waitlist',
      });
      return savedMember(changes, joined.membership);
    });
  }

  /**
   * A client the registry does not know answers like one out of reach, before any audit; then
   * need-to-know. Both in one read where the directory can.
   */
  private async authorizeClient(request: {
    actor: Actor;
    clientId: string;
    breakGlassReason?: string;
  }): Promise<void> {
    const { clientDirectory } = this.ports;
    if (clientDirectory.existsInCare) {
      const found = await clientDirectory.existsInCare(request);
      if (!found.exists) throw notFound('client');
      if (!found.inCare) await authorizeWithoutCareRelation(request, this.ports.audit);
      return;
    }
    if (!(await clientDirectory.exists(request))) throw notFound('client');
    await authorizeClientAccess(request, this.ports);
  }
}

/** Nothing is written yet when this refuses: the problem names the rule and the level. */
async function assertJoinAllowed(rules: GroupCrisisRules, check: GroupJoinCheck): Promise<void> {
  const verdict = await rules.checkJoin(check);
  if (verdict.allowed) return;
  throw new GroupsError(
    GroupsErrorCode.RefusedByCrisisPolicy,
    `Refused by the crisis rule ${verdict.rule} at level ${verdict.level}: ${verdict.message}`,
    [],
    { rule: verdict.rule, level: verdict.level, planVersion: verdict.planVersion },
  );
}
