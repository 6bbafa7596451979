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
import { chunks } from './chunks';
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
    const cohorts = snapshot.cohorts.map((entry) =>
      Object.assign(new ArrangedCohortEntity(), {
        arrangementId: arrangement.id,
        cohortId: entry.cohortId,
        tenantId: arrangement.tenantId,
        groupId: entry.groupId,
        previousMaxSize: entry.previous?.maxSize ?? null,
        previousStatus: entry.previous?.status ?? null,
      }),
    );
    const members = snapshot.members.map((entry) =>
      Object.assign(new ArrangedMemberEntity(), {
        arrangementId: arrangement.id,
        membershipId: entry.membershipId,
        tenantId: arrangement.tenantId,
        groupId: entry.groupId,
        previousCohortId: entry.previousCohortId,
      }),
    );
    for (const rows of chunks(cohorts)) await manager.insert(ArrangedCohortEntity, rows);
    for (const rows of chunks(members)) await manager.insert(ArrangedMemberEntity, rows);
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
