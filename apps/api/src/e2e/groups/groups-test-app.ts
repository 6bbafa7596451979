import { ClientExists, ClientExistsInCare, FindMergeSurvivor } from '@lavterskel/clients';
import type { ExposureDisclosureCheck } from '@lavterskel/groups';
import { GROUPS_MODULE_OPTIONS, type GroupsModuleOptions } from '@lavterskel/groups/nest';
import type { Actor, CareRelations, Clock } from '@lavterskel/kernel';
import { CARE_RELATIONS } from '@lavterskel/kernel/nest';
import {
  startTestApp,
  type ProviderOverride,
  type TestApp,
  type TokenClaims,
} from '../../testing/test-app';
import { ClientRegistryDirectory } from '../../wiring/adapters/client-registry-directory';
import { registerClient } from '../clients/clients-fixtures';

export interface GroupsTestApp extends TestApp {
  /** Gives `subject` of tenant 4003 a care relation to the clients (what the clients and services libraries will know). */
  relate(subject: string, ...clientIds: string[]): void;
  /** A bearer token for `claims` (tenant 4003, role staff, subject leader-kari unless given). */
  bearer(claims?: Partial<TokenClaims>): Promise<string>;
  /** Registers `count` clients of 4003 in the client registry (a client who joins must be one); their ids. */
  registerClients(count: number): Promise<string[]>;
}

/**
 * The composed API on a fresh database, with one change: care relations come from an
 * in-memory table the test fills. `exposureDisclosure` replaces the wiring's disclosure
 * check, for tests of the permit path.
 */
export async function startGroupsTestApp(
  options: { clock?: Clock; exposureDisclosure?: ExposureDisclosureCheck } = {},
): Promise<GroupsTestApp> {
  const relations = new Set<string>();
  const careRelations: CareRelations = {
    hasCareRelation: async (actor: Actor, clientId: string) =>
      relations.has(`${actor.tenantId} ${actor.subject} ${clientId}`),
  };
  const overrides: ProviderOverride[] = [{ provide: CARE_RELATIONS, useValue: careRelations }];
  // The wiring's own client directory for the replaced options: the registry's `ClientExists`,
  // looked up on first use, once the app is built.
  let clientExists = (): ClientExists => {
    throw new Error('The test app is not built yet.');
  };
  if (options.exposureDisclosure) {
    const groupsOptions: GroupsModuleOptions = {
      exposureDisclosureCheck: options.exposureDisclosure,
      clientDirectory: new ClientRegistryDirectory(() => ({
        exists: clientExists(),
        existsInCare: api.app.get(ClientExistsInCare, { strict: false }),
        survivor: api.app.get(FindMergeSurvivor, { strict: false }),
      })),
    };
    overrides.push({ provide: GROUPS_MODULE_OPTIONS, useValue: groupsOptions });
  }
  const api = await startTestApp({ clock: options.clock, overrides });
  clientExists = () => api.app.get(ClientExists, { strict: false });
  return {
    ...api,
    bearer: async (claims = {}) =>
      `Bearer ${await api.token({ tenant: '4003', roles: ['staff'], subject: 'leader-kari', ...claims })}`,
    registerClients: async (count) => {
      const token = await api.token({ tenant: '4003', roles: ['staff'], subject: 'registrar-eva' });
      const ids: string[] = [];
      for (let i = 0; i < count; i += 1) ids.push((await registerClient(api, token)).id);
      return ids;
    },
    relate: (subject, ...clientIds) =>
      clientIds.forEach((clientId) => relations.add(`4003 ${subject} ${clientId}`)),
  };
}

export interface AuditRow {
  action: string;
  resourceType: string;
  resourceId: string | null;
  clientId: string | null;
  actorSubject: string;
  reason: string | null;
}

/** The audit trail rows about a client, or about a resource (in no particular order). */
export function auditRows(
  app: TestApp,
  filter: { clientId: string } | { resourceId: string },
): Promise<AuditRow[]> {
  const [column, value] =
    'clientId' in filter ? ['client_id', filter.clientId] : ['resource_id', filter.resourceId];
  return app.db.dataSource.query(
    `SELECT action, resource_type AS "resourceType", resource_id AS "resourceId", client_id AS "clientId",
            actor_subject AS "actorSubject", reason
     FROM kernel.audit_event WHERE ${column} = $1`,
    [value],
  );
}
