import type { AuditLog, CareRelations, Clock, UnitOfWork } from '@lavterskel/kernel';
import type { CrisisStateRepository } from './activation/crisis-state.repository';
import type { ScheduledChangeRepository } from './activation/scheduled-change.repository';
import type { OtherLibraries } from './other-libraries';
import type { CrisisPlanRepository } from './plan/crisis-plan.repository';
import type { CrisisExceptionRepository } from './policy/crisis-exception.repository';
import type { FollowUpTaskRepository } from './tasks/follow-up-task.repository';
import type { BackupAssignmentRepository } from './staffing/backup-assignment.repository';

/**
 * Everything the use cases need from outside the domain: this library's repositories
 * (`@lavterskel/crisis-mode/typeorm`), the kernel's ports, and the other libraries' ports.
 * Each use case takes the few it uses (`Pick<CrisisModePorts, …>`).
 */
export interface CrisisModePorts extends OtherLibraries {
  clock: Clock;
  unitOfWork: UnitOfWork;
  audit: AuditLog;
  /** Need-to-know for client records: tasks and exceptions. */
  careRelations: CareRelations;
  plans: CrisisPlanRepository;
  state: CrisisStateRepository;
  scheduledChanges: ScheduledChangeRepository;
  exceptions: CrisisExceptionRepository;
  tasks: FollowUpTaskRepository;
  /** Back-up staff assigned to critical services (CR-5). */
  backups: BackupAssignmentRepository;
}
