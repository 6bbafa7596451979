import { newId, type Actor } from '@lavterskel/kernel';
import { groupFieldViolations, type Group, type GroupFields } from './group';
import { assertValid } from './groups-error';
import { AuditResource, type GroupsPorts } from './ports';
import { sortSchedule } from './schedule';

export interface CreateGroupInput extends GroupFields {
  actor: Actor;
}

/** GR-1: a new group activity of a service, with its weekly schedule and capacity. */
export class CreateGroupUseCase {
  constructor(
    private readonly ports: Pick<GroupsPorts, 'unitOfWork' | 'audit' | 'clock' | 'groups'>,
  ) {}

  async execute(input: CreateGroupInput): Promise<Group> {
    const { actor, ...fields } = input;
    assertValid(groupFieldViolations(fields));
    const now = this.ports.clock.now();
    const group: Group = {
      id: newId(),
      tenantId: actor.tenantId,
      serviceId: fields.serviceId.toLowerCase(),
      name: fields.name.trim(),
      locationKind: fields.locationKind,
      capacity: fields.capacity,
      schedule: sortSchedule(fields.schedule).map((slot) => ({ ...slot })),
      activeArrangementId: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    return this.ports.unitOfWork.run(async () => {
      await this.ports.groups.insert(group);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: AuditResource.group,
        resourceId: group.id,
      });
      return group;
    });
  }
}
