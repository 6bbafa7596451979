import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { TypeOrmCrisisStateRepository } from './activation/typeorm-crisis-state.repository';
import { TypeOrmScheduledChangeRepository } from './activation/typeorm-scheduled-change.repository';
import { TypeOrmCrisisExceptionRepository } from './exceptions/typeorm-crisis-exception.repository';
import { TypeOrmCrisisPlanRepository } from './plans/typeorm-crisis-plan.repository';
import { TypeOrmBackupAssignmentRepository } from './staffing/typeorm-backup-assignment.repository';
import { TypeOrmFollowUpTaskRepository } from './tasks/typeorm-follow-up-task.repository';

type Repositories = Pick<
  CrisisModePorts,
  'plans' | 'state' | 'scheduledChanges' | 'exceptions' | 'tasks' | 'backups'
>;

/** This library's repositories on TypeORM, for hosts without NestJS too. */
export function typeOrmCrisisModeRepositories(manager: EntityManagerAccessor): Repositories {
  return {
    plans: new TypeOrmCrisisPlanRepository(manager),
    state: new TypeOrmCrisisStateRepository(manager),
    scheduledChanges: new TypeOrmScheduledChangeRepository(manager),
    exceptions: new TypeOrmCrisisExceptionRepository(manager),
    backups: new TypeOrmBackupAssignmentRepository(manager),
    tasks: new TypeOrmFollowUpTaskRepository(manager),
  };
}
