import { fixedClock, type Actor, type AuditEntry, type TenantId } from '@lavterskel/kernel';
import type { ExposureDisclosureDecision } from '../exposure';
import type { GroupsPorts } from '../ports';
import { InMemoryGroupCrisisRules } from './in-memory-crisis-rules';
import { InMemoryGroupsDb, type GroupsTables } from './in-memory-groups-db';

export interface InMemoryGroups extends GroupsPorts {
  db: InMemoryGroupsDb;
  auditEntries: AuditEntry[];
  clock: ReturnType<typeof fixedClock>;
  /** `${subject} ${clientId}` pairs with a care relation. */
  relations: Set<string>;
  relate(actor: Actor, ...clientIds: string[]): void;
  /** Clients of SKIEN in the registry: every related client, and those registered here. */
  registered: Set<string>;
  register(...clientIds: string[]): void;
  /** What the disclosure checker answers next. */
  disclosure: { decision: ExposureDisclosureDecision };
  /** Allows every join until a test tells it otherwise. */
  crisisRules: InMemoryGroupCrisisRules;
}

/**
 * Every port of this library in memory, for use-case tests. The unit of work rolls the tables
 * and the audit trail back when the work throws, like a database transaction.
 */
export function inMemoryGroups(now = '2026-11-23T08:00:00Z'): InMemoryGroups {
  const db = new InMemoryGroupsDb();
  const auditEntries: AuditEntry[] = [];
  const relations = new Set<string>();
  const registered = new Set<string>();
  const disclosure: { decision: ExposureDisclosureDecision } = {
    decision: { permitted: false, reason: 'no consent on record' },
  };
  let depth = 0;
  return {
    db,
    auditEntries,
    relations,
    disclosure,
    registered,
    relate: (actor, ...clientIds) =>
      clientIds.forEach((clientId) => {
        relations.add(`${actor.subject} ${clientId}`);
        registered.add(clientId);
      }),
    register: (...clientIds) => clientIds.forEach((clientId) => registered.add(clientId)),
    clientDirectory: {
      exists: async ({ actor, clientId }) => actor.tenantId === SKIEN && registered.has(clientId),
    },
    clock: fixedClock(now),
    groups: db.groups,
    rosters: db.rosters,
    sessions: db.sessions,
    attendance: db.attendance,
    arrangements: db.arrangements,
    audit: { record: async (entry) => void auditEntries.push(entry) },
    careRelations: {
      hasCareRelation: async (actor, clientId) => relations.has(`${actor.subject} ${clientId}`),
    },
    exposureDisclosure: { check: async () => disclosure.decision },
    crisisRules: new InMemoryGroupCrisisRules(),
    unitOfWork: {
      async run(work) {
        if (depth > 0) return work();
        const tables: GroupsTables = structuredClone(db.tables);
        const audited = auditEntries.length;
        depth += 1;
        try {
          return await work();
        } catch (error) {
          db.tables = tables;
          auditEntries.length = audited;
          throw error;
        } finally {
          depth -= 1;
        }
      },
    },
  };
}

export const SKIEN = '4003' as TenantId;
export const OSLO = '0301' as TenantId;

export function testActor(overrides: Partial<Actor> = {}): Actor {
  return {
    subject: 'leader-kari',
    tenantId: SKIEN,
    roles: ['staff'],
    teamIds: ['team-activity'],
    ...overrides,
  };
}
