import { staleVersion, type Page, type TenantId } from '@lavterskel/kernel';
import { keysetPage, queryPrepared, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In } from 'typeorm';
import { GroupsError, GroupsErrorCode } from '../domain/groups-error';
import type { Membership } from '../domain/membership';
import type { Roster, RosterChanges } from '../domain/roster';
import type { MemberListQuery, RosterRepository, RosterScope } from '../domain/roster.repository';
import { CohortEntity } from './cohort.entity';
import { fromCohort, toCohort } from './cohort.mapper';
import { GroupEntity } from './group.entity';
import { toGroup } from './group.mapper';
import { MembershipEntity } from './membership.entity';
import { fromMembership, toMembership } from './membership.mapper';
import { chunks } from './chunks';
import { FIND_GROUP, INSERT_MEMBERSHIPS, LOCK_GROUP, ROSTER_OF_GROUP } from './roster.sql';
import { isUniqueViolation } from './unique-violation';

/** Rows as ROSTER_OF_GROUP's JSON has them: timestamps as ISO text. */
type CohortJson = Omit<CohortEntity, 'createdAt'> & { createdAt: string };
type MembershipJson = Omit<MembershipEntity, 'joinedAt' | 'waitlistedAt' | 'leftAt'> & {
  joinedAt: string;
  waitlistedAt: string | null;
  leftAt: string | null;
};

/**
 * Rosters under the group row lock (`SELECT … FOR UPDATE`): every seat change in a group runs
 * after the previous one committed, so seats are never counted twice (GR-5).
 */
export class TypeOrmRosterRepository implements RosterRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  lock(tenantId: TenantId, groupId: string): Promise<Roster | null> {
    return this.loadOne(tenantId, groupId, true);
  }

  lockAll(tenantId: TenantId, scope: RosterScope): Promise<Roster[]> {
    return this.load(tenantId, scope, true);
  }

  readAll(tenantId: TenantId, scope: RosterScope): Promise<Roster[]> {
    return this.load(tenantId, scope, false);
  }

  read(tenantId: TenantId, groupId: string): Promise<Roster | null> {
    return this.loadOne(tenantId, groupId, false);
  }

  async save(tenantId: TenantId, changes: RosterChanges): Promise<void> {
    const manager = this.manager();
    for (const rows of chunks(changes.insertedCohorts.map(fromCohort)))
      await manager.insert(CohortEntity, rows);
    if (changes.updatedCohorts.length > 0) {
      const cohorts = changes.updatedCohorts;
      await this.expectUpdated(
        cohorts.length,
        `UPDATE "groups"."cohort" c SET max_size = v.max_size, status = v.status
         FROM unnest($1::uuid[], $2::int[], $3::varchar[]) AS v(id, max_size, status)
         WHERE c.id = v.id AND c.tenant_id = $4`,
        [
          cohorts.map((c) => c.id),
          cohorts.map((c) => c.maxSize),
          cohorts.map((c) => c.status),
          tenantId,
        ],
      );
    }
    try {
      for (const rows of chunks(changes.insertedMembers.map(fromMembership)))
        await queryPrepared(manager, INSERT_MEMBERSHIPS, [
          rows.map((m) => m.id),
          rows.map((m) => m.tenantId),
          rows.map((m) => m.groupId),
          rows.map((m) => m.clientId),
          rows.map((m) => m.status),
          rows.map((m) => m.cohortId),
          rows.map((m) => m.preferredWeekday),
          rows.map((m) => m.preferredStartTime),
          rows.map((m) => m.joinedAt),
          rows.map((m) => m.waitlistedAt),
          rows.map((m) => m.leftAt),
          rows.map((m) => m.version),
        ]);
    } catch (error) {
      if (isUniqueViolation(error, 'membership_current_client_uq')) {
        throw new GroupsError(
          GroupsErrorCode.AlreadyMember,
          'The client already is a member of this group, or on its waitlist.',
          [
            {
              field: 'clientId',
              rule: 'one-membership',
              message: 'is already a member or waitlisted',
            },
          ],
        );
      }
      throw error;
    }
    if (changes.updatedMembers.length > 0) {
      const members = changes.updatedMembers;
      // The version check makes a write that did not start from the stored row fail instead of overwriting it.
      await this.expectUpdated(
        members.length,
        `UPDATE "groups"."membership" m
         SET status = v.status, cohort_id = v.cohort_id, waitlisted_at = v.waitlisted_at, left_at = v.left_at, version = v.version
         FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::int[])
           AS v(id, status, cohort_id, waitlisted_at, left_at, version)
         WHERE m.id = v.id AND m.tenant_id = $7 AND m.version = v.version - 1`,
        [
          members.map((m) => m.id),
          members.map((m) => m.status),
          members.map((m) => m.cohortId),
          members.map((m) => m.waitlistedAt),
          members.map((m) => m.leftAt),
          members.map((m) => m.version),
          tenantId,
        ],
      );
    }
    if (changes.arrangementChanges.length > 0) {
      const groups = changes.arrangementChanges;
      await this.expectUpdated(
        groups.length,
        `UPDATE "groups"."activity_group" g SET active_arrangement_id = v.arrangement_id
         FROM unnest($1::uuid[], $2::uuid[]) AS v(id, arrangement_id)
         WHERE g.id = v.id AND g.tenant_id = $3`,
        [groups.map((g) => g.groupId), groups.map((g) => g.activeArrangementId), tenantId],
      );
    }
  }

  async findMembership(
    tenantId: TenantId,
    groupId: string,
    clientId: string,
  ): Promise<Membership | null> {
    const row = await this.manager().findOne(MembershipEntity, {
      where: { tenantId, groupId, clientId },
      order: { joinedAt: 'DESC', id: 'DESC' },
    });
    return row ? toMembership(row) : null;
  }

  async listMembers(query: MemberListQuery): Promise<Page<Membership>> {
    const builder = this.manager()
      .createQueryBuilder(MembershipEntity, 'm')
      .where('m.tenant_id = :tenantId AND m.group_id = :groupId', {
        tenantId: query.tenantId,
        groupId: query.groupId,
      });
    if (query.status) builder.andWhere('m.status = :status', { status: query.status });
    const page = await keysetPage(
      builder,
      {
        columns: ['m.joined_at', 'm.id'],
        key: (row) => [row.joinedAt.toISOString(), row.id],
        direction: 'ASC',
      },
      query,
    );
    return { items: page.items.map(toMembership), nextCursor: page.nextCursor };
  }

  /** One group's roster in two named statements: the group (locked or not), then its seats. */
  private async loadOne(
    tenantId: TenantId,
    groupId: string,
    forUpdate: boolean,
  ): Promise<Roster | null> {
    const manager = this.manager();
    const [group] = await queryPrepared<GroupEntity>(manager, forUpdate ? LOCK_GROUP : FIND_GROUP, [
      tenantId,
      groupId,
    ]);
    if (!group) return null;
    const [seats] = await queryPrepared<{
      cohorts: CohortJson[];
      members: MembershipJson[];
    }>(manager, ROSTER_OF_GROUP, [tenantId, groupId]);
    return {
      group: toGroup(group),
      cohorts: (seats?.cohorts ?? []).map((cohort) =>
        toCohort({ ...cohort, createdAt: new Date(cohort.createdAt) }),
      ),
      members: (seats?.members ?? []).map((member) =>
        toMembership({
          ...member,
          joinedAt: new Date(member.joinedAt),
          waitlistedAt: member.waitlistedAt === null ? null : new Date(member.waitlistedAt),
          leftAt: member.leftAt === null ? null : new Date(member.leftAt),
        }),
      ),
    };
  }

  private async load(
    tenantId: TenantId,
    scope: RosterScope,
    forUpdate: boolean,
  ): Promise<Roster[]> {
    const manager = this.manager();
    const query = manager
      .createQueryBuilder(GroupEntity, 'g')
      .where('g.tenant_id = :tenantId', { tenantId })
      .orderBy('g.id', 'ASC');
    if ('arrangementId' in scope)
      query.andWhere('g.active_arrangement_id = :arrangementId', {
        arrangementId: scope.arrangementId,
      });
    else if (scope.serviceIds !== null)
      query.andWhere('g.service_id IN (:...serviceIds)', { serviceIds: scope.serviceIds });
    if (forUpdate) query.setLock('pessimistic_write');
    const groups = await query.getMany();
    if (groups.length === 0) return [];
    const groupIds = groups.map((group) => group.id);
    const cohorts = await manager.find(CohortEntity, {
      where: { tenantId, groupId: In(groupIds) },
    });
    const members = await manager.find(MembershipEntity, {
      where: { tenantId, groupId: In(groupIds), status: In(['active', 'waitlisted']) },
    });
    // Bucketed by group in one pass: filtering per group was quadratic (2 000 groups × 26 000 members).
    const cohortsOf = byGroup(cohorts);
    const membersOf = byGroup(members);
    return groups.map((group) => ({
      group: toGroup(group),
      cohorts: (cohortsOf.get(group.id) ?? []).map(toCohort),
      members: (membersOf.get(group.id) ?? []).map(toMembership),
    }));
  }

  private async expectUpdated(expected: number, sql: string, parameters: unknown[]): Promise<void> {
    const [, affected] = (await this.manager().query(sql, parameters)) as [unknown, number];
    if (affected !== expected) throw staleVersion();
  }
}

function byGroup<T extends { groupId: string }>(rows: readonly T[]): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const row of rows) {
    const bucket = buckets.get(row.groupId);
    if (bucket) bucket.push(row);
    else buckets.set(row.groupId, [row]);
  }
  return buckets;
}
