import { newId, notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import { validateMeetingPlan, type MeetingPlanEntry } from './meeting-rules';
import type { GroupMeeting } from './responsibility-group-meeting';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'responsibilityGroups' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** Plans a meeting of the client's responsibility group. */
export class PlanGroupMeeting {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest & MeetingPlanEntry): Promise<GroupMeeting> {
    const violations = new Violations();
    const plan = validateMeetingPlan(input, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const tenantId = input.actor.tenantId;
      if (!(await this.deps.responsibilityGroups.find(tenantId, client.id)))
        throw notFound('responsibility group');
      const meeting: GroupMeeting = {
        id: newId(),
        clientId: client.id,
        status: 'planned',
        ...plan,
        plannedBy: input.actor.subject,
        plannedAt: this.deps.clock.now(),
        minutes: null,
      };
      await this.deps.responsibilityGroups.insertMeeting(tenantId, meeting);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'responsibility-group-meeting',
        resourceId: meeting.id,
        clientId: client.id,
      });
      return meeting;
    });
  }
}
