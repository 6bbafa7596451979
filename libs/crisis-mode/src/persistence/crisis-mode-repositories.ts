import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { TypeOrmBackupAssignmentRepository } from './staffing/typeorm-backup-assignment.repository';

type Repositories = Pick<CrisisModePorts, 'plans' | 'state' | 'exceptions' | 'tasks' | 'backups'>;

// Work in progress: the repositories land in the next commits; until then every call fails.
const pending = new Proxy(
  {},
  {
    get: () => () => Promise.reject(new Error('crisis-mode persistence is not built yet')),
  },
);

/** This library's repositories on TypeORM, for hosts without NestJS too. */
export function typeOrmCrisisModeRepositories(manager: EntityManagerAccessor): Repositories {
  return {
    ...({ plans: pending, state: pending, exceptions: pending, tasks: pending } as Omit<
      Repositories,
      'backups'
    >),
    backups: new TypeOrmBackupAssignmentRepository(manager),
  };
}
