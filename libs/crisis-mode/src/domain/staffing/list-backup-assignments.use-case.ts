import { isCalendarDay, isUuid, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { assertValid, violation } from '../shared/violations';
import type { BackupAssignment } from './backup-assignment';
import type { BackupAssignmentFilter } from './backup-assignment.repository';

export interface ListBackupAssignmentsInput extends BackupAssignmentFilter {
  actor: Actor;
  page: PageRequest;
}

/** Back-up assignments of the municipality, newest first, by service, staff member or day. */
export class ListBackupAssignments {
  constructor(private readonly ports: Pick<CrisisModePorts, 'backups' | 'audit' | 'unitOfWork'>) {}

  async execute(input: ListBackupAssignmentsInput): Promise<Page<BackupAssignment>> {
    const { actor, serviceId, staffId, activeOn } = input;
    assertValid([
      serviceId !== undefined &&
        !isUuid(serviceId) &&
        violation('serviceId', 'uuid', 'must be a service id'),
      staffId !== undefined &&
        !isUuid(staffId) &&
        violation('staffId', 'uuid', 'must be a staff member id'),
      activeOn !== undefined &&
        !isCalendarDay(activeOn) &&
        violation('activeOn', 'date', 'must be a date YYYY-MM-DD'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const page = await this.ports.backups.list(
        actor.tenantId,
        {
          serviceId: serviceId?.toLowerCase(),
          staffId: staffId?.toLowerCase(),
          activeOn,
        },
        input.page,
      );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'crisis-backup-assignment',
        reason: 'back-up assignments',
      });
      return page;
    });
  }
}
