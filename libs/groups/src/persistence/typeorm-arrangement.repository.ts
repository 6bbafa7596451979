import type { TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { Arrangement, ArrangementSnapshot } from '../domain/arrangement';
import type { ArrangementRepository } from '../domain/arrangement.repository';
import type { CohortStatus } from '../domain/cohort';
import { GroupsError, GroupsErrorCode } from '../domain/groups-error';
import { ArrangedCohortEntity } from './arranged-cohort.entity';
import { ArrangedMemberEntity } from './arranged-member.entity';
import { ArrangementEntity } from './arrangement.entity';
import { fromArrangement, toArrangement } from './arrangement.mapper';
import { isUniqueViolation } from './unique-violation';

export class TypeOrmArrangementRepository implements ArrangementRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(arrangement: Arrangement): Promise<void> {
    try {
      await this.manager().insert(ArrangementEntity, fromArrangement(arrangement));
    } catch (error) {
      if (isUniqueViolation(error, 'arrangement_tenant_reference_uq')) {
        throw new GroupsError(
          GroupsErrorCode.ArrangementReferenceTaken,
          `An arrangement "${arrangement.reference}" exists already.`,
          [
            {
              field: 'reference',
              rule: 'unique',
              message: 'is already used by another arrangement',
            },
          ],
        );
      }
      throw error;
    }
  }

  async saveSnapshot(arrangement: Arrangement, snapshot: ArrangementSnapshot): Promise<void> {
    const manager = this.manager();
    const { id, tenantId } = arrangement;
    // One statement per table, a parameter per column (an array): TypeORM's multi-row insert
    // spent most of a 2 000-group re-cohorting building the SQL of 15 000 snapshot rows.
    if (snapshot.cohorts.length > 0) {
      await manager.query(
        `INSERT INTO "groups"."arrangement_cohort"
           (arrangement_id, cohort_id, tenant_id, group_id, previous_max_size, previous_status)
         SELECT $1::uuid, v.cohort_id, $2::varchar, v.group_id, v.previous_max_size, v.previous_status
         FROM unnest($3::uuid[], $4::uuid[], $5::int[], $6::varchar[])
           AS v(cohort_id, group_id, previous_max_size, previous_status)`,
        [
          id,
          tenantId,
          snapshot.cohorts.map((entry) => entry.cohortId),
          snapshot.cohorts.map((entry) => entry.groupId),
          snapshot.cohorts.map((entry) => entry.previous?.maxSize ?? null),
          snapshot.cohorts.map((entry) => entry.previous?.status ?? null),
        ],
      );
    }
    if (snapshot.members.length > 0) {
      await manager.query(
        `INSERT INTO "groups"."arrangement_member"
           (arrangement_id, membership_id, tenant_id, group_id, previous_cohort_id)
         SELECT $1::uuid, v.membership_id, $2::varchar, v.group_id, v.previous_cohort_id
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[]) AS v(membership_id, group_id, previous_cohort_id)`,
        [
          id,
          tenantId,
          snapshot.members.map((entry) => entry.membershipId),
          snapshot.members.map((entry) => entry.groupId),
          snapshot.members.map((entry) => entry.previousCohortId),
        ],
      );
    }
  }

  async lockByReference(tenantId: TenantId, reference: string): Promise<Arrangement | null> {
    const row = await this.manager()
      .createQueryBuilder(ArrangementEntity, 'a')
      .where('a.tenant_id = :tenantId AND a.reference = :reference', { tenantId, reference })
      .setLock('pessimistic_write')
      .getOne();
    return row ? toArrangement(row) : null;
  }

  async findByReference(tenantId: TenantId, reference: string): Promise<Arrangement | null> {
    const row = await this.manager().findOneBy(ArrangementEntity, { tenantId, reference });
    return row ? toArrangement(row) : null;
  }

  async find(tenantId: TenantId, id: string): Promise<Arrangement | null> {
    const row = await this.manager().findOneBy(ArrangementEntity, { tenantId, id });
    return row ? toArrangement(row) : null;
  }

  async snapshot(arrangement: Arrangement): Promise<ArrangementSnapshot> {
    const where = { tenantId: arrangement.tenantId, arrangementId: arrangement.id };
    const cohorts = await this.manager().findBy(ArrangedCohortEntity, where);
    const members = await this.manager().findBy(ArrangedMemberEntity, where);
    return {
      cohorts: cohorts.map((row) => ({
        cohortId: row.cohortId,
        groupId: row.groupId,
        previous:
          row.previousMaxSize !== null && row.previousStatus !== null
            ? { maxSize: row.previousMaxSize, status: row.previousStatus as CohortStatus }
            : null,
      })),
      members: members.map((row) => ({
        membershipId: row.membershipId,
        groupId: row.groupId,
        previousCohortId: row.previousCohortId,
      })),
    };
  }

  async markRestored(arrangement: Arrangement): Promise<void> {
    await this.manager().update(
      ArrangementEntity,
      { id: arrangement.id, tenantId: arrangement.tenantId },
      {
        status: arrangement.status,
        restoredAt: arrangement.restoredAt,
        restoredBy: arrangement.restoredBy,
      },
    );
  }
}
