import type { TenantId } from '@lavterskel/kernel';
import type { EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { CrisisExceptionRepository } from '../../domain/policy/crisis-exception.repository';
import type { CrisisException } from '../../domain/policy/effective-policy';
import { CrisisExceptionEntity } from './crisis-exception.entity';

export class TypeOrmCrisisExceptionRepository implements CrisisExceptionRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(exception: CrisisException): Promise<void> {
    await this.manager().insert(CrisisExceptionEntity, { ...exception });
  }

  async findById(tenantId: TenantId, id: string): Promise<CrisisException | null> {
    const row = await this.manager().findOne(CrisisExceptionEntity, { where: { tenantId, id } });
    return row ? toException(row) : null;
  }

  async inForce(
    input: Parameters<CrisisExceptionRepository['inForce']>[0],
  ): Promise<CrisisException[]> {
    const query = this.manager()
      .createQueryBuilder(CrisisExceptionEntity, 'e')
      .where('e.tenant_id = :tenantId AND e.client_id = :clientId', input)
      .andWhere('e.revoked_at IS NULL AND e.granted_at <= :at', { at: input.at })
      .andWhere('(e.valid_to IS NULL OR e.valid_to > :at)', { at: input.at });
    if (input.serviceId)
      query.andWhere('(e.service_id IS NULL OR e.service_id = :serviceId)', input);
    else query.andWhere('e.service_id IS NULL');
    const rows = await query.orderBy('e.granted_at', 'ASC').getMany();
    return rows.map(toException);
  }

  async listForClient(tenantId: TenantId, clientId: string): Promise<CrisisException[]> {
    const rows = await this.manager().find(CrisisExceptionEntity, {
      where: { tenantId, clientId },
      order: { grantedAt: 'DESC', id: 'ASC' },
    });
    return rows.map(toException);
  }

  async revoke(input: { tenantId: TenantId; id: string; by: string; at: Date }): Promise<boolean> {
    const updated = await this.manager()
      .createQueryBuilder()
      .update(CrisisExceptionEntity)
      .set({ revokedAt: input.at, revokedBy: input.by })
      .where('tenant_id = :tenantId AND id = :id AND revoked_at IS NULL', input)
      .execute();
    return updated.affected === 1;
  }
}

function toException(row: CrisisExceptionEntity): CrisisException {
  return { ...row, tenantId: row.tenantId as TenantId };
}
