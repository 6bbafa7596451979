import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { TypeOrmFollowUpTaskRepository } from './tasks/typeorm-follow-up-task.repository';

type Repositories = Pick<CrisisModePorts, 'plans' | 'state' | 'exceptions' | 'tasks'>;
type Pending = Omit<Repositories, 'tasks'>;

// Work in progress: the repositories land in the next commits; until then every call fails.
function pending<K extends keyof Pending>(): Pending[K] {
  return new Proxy(
    {},
    {
      get: () => () => Promise.reject(new Error('crisis-mode persistence is not built yet')),
    },
  ) as Pending[K];
}

/** This library's repositories on TypeORM, for hosts without NestJS too. */
export function typeOrmCrisisModeRepositories(manager: EntityManagerAccessor): Repositories {
  return {
    plans: pending<'plans'>(),
    state: pending<'state'>(),
    exceptions: pending<'exceptions'>(),
    tasks: new TypeOrmFollowUpTaskRepository(manager),
  };
}
