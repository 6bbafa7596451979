import { notFound, parseUuid, type Actor } from '@lavterskel/kernel';
import type { Group } from './group';
import { editGroup, type GroupEdit } from './group-edit';
import { auditSeated } from './membership-audit';
import { AuditResource, type GroupsPorts } from './ports';
import { rosterChanges } from './roster';

export interface UpdateGroupInput {
  actor: Actor;
  groupId: string;
  /** The version the caller read (If-Match). */
  expectedVersion: number;
  edit: GroupEdit;
}

/** GR-1: changes a group's name, location kind, capacity or schedule; freed seats go to the waitlist. */
export class UpdateGroupUseCase {
  constructor(
    private readonly ports: Pick<
      GroupsPorts,
      'unitOfWork' | 'audit' | 'clock' | 'groups' | 'rosters'
    >,
  ) {}

  async execute(input: UpdateGroupInput): Promise<Group> {
    const groupId = parseUuid(input.groupId, 'groupId');
    return this.ports.unitOfWork.run(async () => {
      const roster = await this.ports.rosters.lock(input.actor.tenantId, groupId);
      if (!roster) throw notFound('group');
      const edited = editGroup(roster, {
        edit: input.edit,
        expectedVersion: input.expectedVersion,
        now: this.ports.clock.now(),
      });
      await this.ports.groups.update(edited.group);
      await this.ports.rosters.save(input.actor.tenantId, rosterChanges(roster, edited.roster));
      await this.ports.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: AuditResource.group,
        resourceId: groupId,
      });
      await auditSeated(
        this.ports.audit,
        input.actor,
        edited.promoted,
        'seat freed: promoted from the waitlist',
      );
      return edited.group;
    });
  }
}
