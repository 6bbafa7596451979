import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import {
  typeOrmNoticesRepositories,
  type NoticesRepositories,
} from './notices/notices-repositories';

type Repositories = Pick<CrisisModePorts, 'plans' | 'state' | 'exceptions' | 'tasks'> &
  NoticesRepositories;

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
    ...({ plans: pending, state: pending, exceptions: pending, tasks: pending } as Pick<
      CrisisModePorts,
      'plans' | 'state' | 'exceptions' | 'tasks'
    >),
    ...typeOrmNoticesRepositories(manager),
  };
}
