import { fixedClock, type Actor, type TenantId } from '@lavterskel/kernel';
import {
  TypeOrmAuditLog,
  TypeOrmTransactionHost,
  kernelPersistence,
} from '@lavterskel/kernel/typeorm';
import type { DataSource } from 'typeorm';
import { noGroupCrisisRules } from '../../domain/group-crisis-rules';
import type { GroupsPorts } from '../../domain/ports';
import { groupsPersistence } from '../groups-persistence';
import { typeOrmGroupsRepositories } from '../typeorm-groups-repositories';

/** The entities and migrations a test database for this library needs (kernel's audit trail included). */
export const groupsTestSchema = {
  entities: [...kernelPersistence.entities, ...groupsPersistence.entities],
  migrations: [...kernelPersistence.migrations, ...groupsPersistence.migrations],
};

export interface GroupsOnPostgres {
  host: TypeOrmTransactionHost;
  clock: ReturnType<typeof fixedClock>;
  /** Every port on real PostgreSQL; care relations, the client registry and disclosure decisions are in memory. */
  ports: GroupsPorts;
  /** `${subject} ${clientId}` pairs with a care relation. */
  relations: Set<string>;
}

/** This library's ports on `dataSource`, without NestJS: how an int-spec (or a plain application) wires it. */
export function groupsOnPostgres(
  dataSource: DataSource,
  now = '2026-11-23T08:00:00Z',
): GroupsOnPostgres {
  const host = new TypeOrmTransactionHost(dataSource);
  const clock = fixedClock(now);
  const relations = new Set<string>();
  const ports: GroupsPorts = {
    ...typeOrmGroupsRepositories(host.manager),
    unitOfWork: host,
    clock,
    audit: new TypeOrmAuditLog({ manager: host.manager, clock }),
    careRelations: {
      hasCareRelation: async (actor: Actor, clientId: string) =>
        relations.has(`${actor.subject} ${clientId}`),
    },
    exposureDisclosure: {
      check: async () => ({ permitted: false, reason: 'no disclosure in this test' }),
    },
    // The registry is not under test here: every client id is a client of the municipality.
    clientDirectory: { exists: async () => true },
    crisisRules: noGroupCrisisRules,
  };
  return { host, clock, ports, relations };
}

export const SKIEN = '4003' as TenantId;
