import { newId, notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import { addCohort } from './cohort-creation';
import { cohortSummary, type CohortSummary } from './group-overview';
import { auditSeated } from './membership-audit';
import { AuditResource, type GroupsPorts } from './ports';
import { rosterChanges } from './roster';
import { timeSlotViolations, type TimeSlot } from './schedule';
import { assertValid } from './groups-error';

export interface CreateCohortInput {
  actor: Actor;
  groupId: string;
  slot: TimeSlot;
  maxSize: number;
}

/** GR-3: a new cohort in one of the group's slots; the waitlist fills its seats at once. */
export class CreateCohortUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'clock' | 'rosters' | 'arrangements'
    >,
  ) {}

  async execute(input: CreateCohortInput): Promise<CohortSummary> {
    const groupId = parseUuid(input.groupId, 'groupId');
    assertValid(timeSlotViolations(input.slot, 'slot'));
    return this.ports.unitOfWork.run(async () => {
      const roster = await this.ports.rosters.lock(input.actor.tenantId, groupId);
      if (!roster) throw notFound('group');
      const arrangementId = roster.group.activeArrangementId;
      const arrangement = arrangementId
        ? await this.ports.arrangements.find(input.actor.tenantId, arrangementId)
        : null;
      const created = addCohort(roster, {
        cohortId: newId(),
        slot: input.slot,
        maxSize: input.maxSize,
        arrangementLimit: arrangement?.maxSize ?? null,
        now: this.ports.clock.now(),
      });
      await this.ports.rosters.save(input.actor.tenantId, rosterChanges(roster, created.roster));
      await this.ports.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: AuditResource.cohort,
        resourceId: created.cohort.id,
      });
      await auditSeated(
        this.ports.audit,
        input.actor,
        created.promoted,
        'new cohort: promoted from the waitlist',
      );
      return cohortSummary(created.roster, created.cohort);
    });
  }
}
