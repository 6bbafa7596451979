import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { BackupAssignment } from '../../domain/staffing/backup-assignment';
import type {
  BackupAssignmentFilter,
  BackupAssignmentRepository,
} from '../../domain/staffing/backup-assignment.repository';
import { BackupAssignmentEntity } from './backup-assignment.entity';

/** "Counts on day :day": within the period and not ended on or before that Oslo day. */
const COVERS_DAY = `b.from_date <= :day AND b.to_date >= :day
  AND (b.ended_at IS NULL OR (b.ended_at AT TIME ZONE 'Europe/Oslo')::date > :day)`;

export class TypeOrmBackupAssignmentRepository implements BackupAssignmentRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(assignment: BackupAssignment): Promise<void> {
    await this.manager().insert(BackupAssignmentEntity, toRow(assignment));
  }

  async findById(tenantId: TenantId, id: string): Promise<BackupAssignment | null> {
    const row = await this.manager().findOne(BackupAssignmentEntity, { where: { tenantId, id } });
    return row ? toAssignment(row) : null;
  }

  async end(input: {
    tenantId: TenantId;
    id: string;
    by: string;
    at: Date;
  }): Promise<BackupAssignment | null> {
    const result = await this.manager()
      .createQueryBuilder()
      .update(BackupAssignmentEntity)
      .set({ endedAt: input.at, endedBy: input.by })
      .where('tenant_id = :tenantId AND id = :id AND ended_at IS NULL', {
        tenantId: input.tenantId,
        id: input.id,
      })
      .execute();
    // Read back through the entity: RETURNING would hand `date` columns over unconverted.
    return result.affected === 1 ? this.findById(input.tenantId, input.id) : null;
  }

  async coveringDay(tenantId: TenantId, day: string): Promise<BackupAssignment[]> {
    const rows = await this.manager()
      .createQueryBuilder(BackupAssignmentEntity, 'b')
      .where('b.tenant_id = :tenantId', { tenantId })
      .andWhere(COVERS_DAY, { day })
      .getMany();
    return rows.map(toAssignment);
  }

  async list(
    tenantId: TenantId,
    filter: BackupAssignmentFilter,
    page: PageRequest,
  ): Promise<Page<BackupAssignment>> {
    const query = this.manager()
      .createQueryBuilder(BackupAssignmentEntity, 'b')
      .where('b.tenant_id = :tenantId', { tenantId });
    if (filter.serviceId)
      query.andWhere('b.service_id = :serviceId', { serviceId: filter.serviceId });
    if (filter.staffId) query.andWhere('b.staff_id = :staffId', { staffId: filter.staffId });
    if (filter.activeOn) query.andWhere(COVERS_DAY, { day: filter.activeOn });
    const result = await keysetPage(
      query,
      {
        columns: ['b.assigned_at', 'b.id'],
        key: (row) => [row.assignedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toAssignment), nextCursor: result.nextCursor };
  }
}

function toRow(assignment: BackupAssignment): BackupAssignmentEntity {
  return {
    tenantId: assignment.tenantId,
    id: assignment.id,
    serviceId: assignment.serviceId,
    staffId: assignment.staffId,
    competency: assignment.competency,
    fromDate: assignment.from,
    toDate: assignment.to,
    reason: assignment.reason,
    assignedBy: assignment.assignedBy,
    assignedAt: assignment.assignedAt,
    endedAt: assignment.endedAt,
    endedBy: assignment.endedBy,
  };
}

function toAssignment(row: BackupAssignmentEntity): BackupAssignment {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    serviceId: row.serviceId,
    staffId: row.staffId,
    competency: row.competency,
    from: row.fromDate,
    to: row.toDate,
    reason: row.reason,
    assignedBy: row.assignedBy,
    assignedAt: row.assignedAt,
    endedAt: row.endedAt,
    endedBy: row.endedBy,
  };
}
