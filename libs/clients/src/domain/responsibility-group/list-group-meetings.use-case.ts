import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import type { GroupMeeting } from './responsibility-group-meeting';

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'responsibilityGroups' | 'careRelations' | 'unitOfWork' | 'audit'
>;

/** The group's meetings, planned and held, latest scheduled first; audited as one read. */
export class ListGroupMeetings {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: ClientRecordRequest): Promise<GroupMeeting[]> {
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const meetings = await this.deps.responsibilityGroups.listMeetings(
        input.actor.tenantId,
        client.id,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'read',
        resourceType: 'responsibility-group-meeting',
        clientId: client.id,
      });
      return meetings;
    });
  }
}
