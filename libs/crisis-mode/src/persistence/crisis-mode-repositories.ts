import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { TypeOrmCrisisStateRepository } from './activation/typeorm-crisis-state.repository';
import { TypeOrmScheduledChangeRepository } from './activation/typeorm-scheduled-change.repository';
import { TypeOrmCrisisExceptionRepository } from './exceptions/typeorm-crisis-exception.repository';
import { TypeOrmCrisisPlanRepository } from './plans/typeorm-crisis-plan.repository';

type Repositories = Pick<
  CrisisModePorts,
  'plans' | 'state' | 'scheduledChanges' | 'exceptions' | 'tasks'
>;

// Work in progress: the tasks repository lands with the tasks API; until then its calls fail.
const pendingTasks = new Proxy(
  {},
  { get: () => () => Promise.reject(new Error('crisis-mode tasks persistence is not built yet')) },
) as CrisisModePorts['tasks'];

/** This library's repositories on TypeORM, for hosts without NestJS too. */
export function typeOrmCrisisModeRepositories(manager: EntityManagerAccessor): Repositories {
  return {
    plans: new TypeOrmCrisisPlanRepository(manager),
    state: new TypeOrmCrisisStateRepository(manager),
    scheduledChanges: new TypeOrmScheduledChangeRepository(manager),
    exceptions: new TypeOrmCrisisExceptionRepository(manager),
    tasks: pendingTasks,
  };
}
