import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  staleVersion,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import type {
  ArrangedCohort,
  ArrangedMember,
  Arrangement,
  ArrangementSnapshot,
} from '../arrangement';
import type { ArrangementRepository } from '../arrangement.repository';
import type { Attendance } from '../attendance';
import type { AttendanceRepository } from '../attendance.repository';
import type { Cohort } from '../cohort';
import type { ExposureRow } from '../exposure';
import type { Group } from '../group';
import type { GroupListQuery, GroupRepository } from '../group.repository';
import { GroupsError, GroupsErrorCode } from '../groups-error';
import type { Membership } from '../membership';
import type { Roster, RosterChanges } from '../roster';
import type { MemberListQuery, RosterRepository, RosterScope } from '../roster.repository';
import type { Session } from '../session';
import type { SessionListQuery, SessionRepository } from '../session.repository';

/** The tables of this library, in memory: what the fakes read and write, and what tests inspect. */
export interface GroupsTables {
  groups: Map<string, Group>;
  cohorts: Map<string, Cohort>;
  members: Map<string, Membership>;
  sessions: Map<string, Session>;
  attendance: Map<string, Attendance>;
  arrangements: Map<string, Arrangement>;
  arrangedCohorts: (ArrangedCohort & { arrangementId: string })[];
  arrangedMembers: (ArrangedMember & { arrangementId: string })[];
}

export function emptyTables(): GroupsTables {
  return {
    groups: new Map(),
    cohorts: new Map(),
    members: new Map(),
    sessions: new Map(),
    attendance: new Map(),
    arrangements: new Map(),
    arrangedCohorts: [],
    arrangedMembers: [],
  };
}

/** In-memory fakes of every repository port, over one set of tables. */
export class InMemoryGroupsDb {
  tables: GroupsTables = emptyTables();

  readonly groups: GroupRepository = {
    insert: async (group) => void this.tables.groups.set(group.id, group),
    find: async (tenantId, id) => this.ownGroup(tenantId, id),
    update: async (group) => {
      const stored = this.ownGroup(group.tenantId, group.id);
      if (!stored || stored.version !== group.version - 1) throw staleVersion();
      this.tables.groups.set(group.id, {
        ...group,
        activeArrangementId: stored.activeArrangementId,
      });
    },
    list: async (query: GroupListQuery) =>
      keyset(
        [...this.tables.groups.values()].filter(
          (group) =>
            group.tenantId === query.tenantId &&
            (query.serviceId === undefined || group.serviceId === query.serviceId),
        ),
        (group) => [group.name, group.id],
        query,
      ),
  };

  readonly rosters: RosterRepository = {
    lock: async (tenantId, groupId) => this.roster(tenantId, groupId),
    read: async (tenantId, groupId) => this.roster(tenantId, groupId),
    lockAll: async (tenantId, scope: RosterScope) =>
      [...this.tables.groups.values()]
        .filter((group) => group.tenantId === tenantId && inScope(group, scope))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .flatMap((group) => this.roster(tenantId, group.id) ?? []),
    readAll: async (tenantId, scope: RosterScope) =>
      [...this.tables.groups.values()]
        .filter((group) => group.tenantId === tenantId && inScope(group, scope))
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .flatMap((group) => this.roster(tenantId, group.id) ?? []),
    save: async (tenantId, changes: RosterChanges) => {
      for (const cohort of [...changes.insertedCohorts, ...changes.updatedCohorts])
        this.tables.cohorts.set(cohort.id, cohort);
      for (const member of changes.insertedMembers) {
        const duplicate = [...this.tables.members.values()].some(
          (other) =>
            other.groupId === member.groupId &&
            other.clientId === member.clientId &&
            other.status !== 'left',
        );
        if (duplicate) throw new GroupsError(GroupsErrorCode.AlreadyMember, 'duplicate membership');
        this.tables.members.set(member.id, member);
      }
      for (const member of changes.updatedMembers) {
        if (this.tables.members.get(member.id)?.version !== member.version - 1)
          throw staleVersion();
        this.tables.members.set(member.id, member);
      }
      for (const change of changes.arrangementChanges) {
        const group = this.ownGroup(tenantId, change.groupId);
        if (group)
          this.tables.groups.set(group.id, {
            ...group,
            activeArrangementId: change.activeArrangementId,
          });
      }
    },
    findMembership: async (tenantId, groupId, clientId) =>
      [...this.tables.members.values()]
        .filter(
          (member) =>
            member.tenantId === tenantId &&
            member.groupId === groupId &&
            member.clientId === clientId,
        )
        .sort((a, b) => b.joinedAt.getTime() - a.joinedAt.getTime())[0] ?? null,
    listMembers: async (query: MemberListQuery) =>
      keyset(
        [...this.tables.members.values()].filter(
          (member) =>
            member.tenantId === query.tenantId &&
            member.groupId === query.groupId &&
            (query.status === undefined || member.status === query.status),
        ),
        (member) => [member.joinedAt.toISOString(), member.id],
        query,
      ),
  };

  readonly sessions: SessionRepository = {
    insertMissing: async (sessions) => {
      let created = 0;
      for (const session of sessions) {
        const exists = [...this.tables.sessions.values()].some(
          (other) => other.cohortId === session.cohortId && other.date === session.date,
        );
        if (exists) continue;
        this.tables.sessions.set(session.id, session);
        created += 1;
      }
      return created;
    },
    find: async (tenantId, groupId, sessionId) => {
      const session = this.tables.sessions.get(sessionId);
      return session?.tenantId === tenantId && session.groupId === groupId ? session : null;
    },
    list: async (query: SessionListQuery) =>
      keyset(
        [...this.tables.sessions.values()].filter(
          (session) =>
            session.tenantId === query.tenantId &&
            session.groupId === query.groupId &&
            session.date >= query.from &&
            session.date <= query.to &&
            (query.cohortId === undefined || session.cohortId === query.cohortId),
        ),
        (session) => [session.date, session.startTime, session.id],
        query,
      ),
  };

  readonly attendance: AttendanceRepository = {
    find: async (tenantId, sessionId, clientId) =>
      [...this.tables.attendance.values()].find(
        (record) =>
          record.tenantId === tenantId &&
          record.sessionId === sessionId &&
          record.clientId === clientId,
      ) ?? null,
    insert: async (attendance) => {
      if (
        await this.attendance.find(attendance.tenantId, attendance.sessionId, attendance.clientId)
      )
        throw staleVersion();
      this.tables.attendance.set(attendance.id, attendance);
    },
    update: async (attendance) => {
      if (this.tables.attendance.get(attendance.id)?.version !== attendance.version - 1)
        throw staleVersion();
      this.tables.attendance.set(attendance.id, attendance);
    },
    sharedSessions: async ({ tenantId, clientId, from, to }) => {
      const present = [...this.tables.attendance.values()].filter(
        (record) => record.tenantId === tenantId && record.status === 'present',
      );
      return present
        .filter((mine) => mine.clientId === clientId)
        .flatMap((mine): ExposureRow[] => {
          const session = this.tables.sessions.get(mine.sessionId);
          if (!session || session.date < from || session.date > to) return [];
          return present
            .filter((other) => other.sessionId === session.id && other.clientId !== clientId)
            .map((other) => ({
              contactClientId: other.clientId,
              sessionId: session.id,
              groupId: session.groupId,
              cohortId: session.cohortId,
              date: session.date,
              startTime: session.startTime,
            }));
        });
    },
  };

  readonly arrangements: ArrangementRepository = {
    insert: async (arrangement) => {
      if (await this.arrangements.findByReference(arrangement.tenantId, arrangement.reference)) {
        throw new GroupsError(GroupsErrorCode.ArrangementReferenceTaken, 'reference taken');
      }
      this.tables.arrangements.set(arrangement.id, arrangement);
    },
    saveSnapshot: async (arrangement, snapshot: ArrangementSnapshot) => {
      this.tables.arrangedCohorts.push(
        ...snapshot.cohorts.map((entry) => ({ ...entry, arrangementId: arrangement.id })),
      );
      this.tables.arrangedMembers.push(
        ...snapshot.members.map((entry) => ({ ...entry, arrangementId: arrangement.id })),
      );
    },
    lockByReference: async (tenantId, reference) =>
      this.arrangements.findByReference(tenantId, reference),
    findByReference: async (tenantId, reference) =>
      [...this.tables.arrangements.values()].find(
        (arrangement) => arrangement.tenantId === tenantId && arrangement.reference === reference,
      ) ?? null,
    find: async (tenantId, id) => {
      const arrangement = this.tables.arrangements.get(id);
      return arrangement?.tenantId === tenantId ? arrangement : null;
    },
    snapshot: async (arrangement) => ({
      cohorts: this.tables.arrangedCohorts
        .filter((entry) => entry.arrangementId === arrangement.id)
        .map(({ arrangementId: _, ...entry }) => entry),
      members: this.tables.arrangedMembers
        .filter((entry) => entry.arrangementId === arrangement.id)
        .map(({ arrangementId: _, ...entry }) => entry),
    }),
    markRestored: async (arrangement) =>
      void this.tables.arrangements.set(arrangement.id, arrangement),
  };

  private ownGroup(tenantId: TenantId, id: string): Group | null {
    const group = this.tables.groups.get(id);
    return group?.tenantId === tenantId ? group : null;
  }

  private roster(tenantId: TenantId, groupId: string): Roster | null {
    const group = this.ownGroup(tenantId, groupId);
    if (!group) return null;
    return {
      group,
      cohorts: [...this.tables.cohorts.values()].filter((cohort) => cohort.groupId === groupId),
      members: [...this.tables.members.values()].filter(
        (member) => member.groupId === groupId && member.status !== 'left',
      ),
    };
  }
}

function inScope(group: Group, scope: RosterScope): boolean {
  if ('arrangementId' in scope) return group.activeArrangementId === scope.arrangementId;
  return scope.serviceIds === null || scope.serviceIds.includes(group.serviceId);
}

/** Keyset paging over `key` (strings that sort like the database's order). */
function keyset<T>(rows: readonly T[], key: (row: T) => string[], request: PageRequest): Page<T> {
  const limit = pageLimit(request);
  const joined = (parts: readonly (string | number)[]) => parts.join('\u0000');
  const sorted = [...rows].sort((a, b) => (joined(key(a)) < joined(key(b)) ? -1 : 1));
  const arity = sorted[0] ? key(sorted[0]).length : 0;
  const after =
    request.cursor && arity > 0 ? joined(decodeCursor(request.cursor, arity)) : undefined;
  const remaining = after === undefined ? sorted : sorted.filter((row) => joined(key(row)) > after);
  const items = remaining.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: remaining.length > limit && last ? encodeCursor(key(last)) : null };
}
