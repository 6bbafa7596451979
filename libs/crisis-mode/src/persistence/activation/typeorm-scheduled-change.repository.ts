import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { ScheduledChange } from '../../domain/activation/scheduled-change';
import type { ScheduledChangeRepository } from '../../domain/activation/scheduled-change.repository';
import { ScheduledChangeEntity } from './scheduled-change.entity';

export class TypeOrmScheduledChangeRepository implements ScheduledChangeRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(change: ScheduledChange): Promise<void> {
    await this.manager().insert(ScheduledChangeEntity, {
      tenantId: change.tenantId,
      id: change.id,
      toLevel: change.toLevel,
      planId: change.planId,
      reason: change.reason,
      guidelineText: change.guideline.text,
      guidelineUrl: change.guideline.url,
      requestedBy: change.requestedBy,
      requestedByRoles: [...change.requestedByRoles],
      runAt: change.runAt,
      status: change.status,
      levelChangeId: change.levelChangeId,
      error: change.error,
      createdAt: change.createdAt,
      settledAt: change.settledAt,
    });
  }

  async findById(tenantId: TenantId, id: string): Promise<ScheduledChange | null> {
    const row = await this.manager().findOne(ScheduledChangeEntity, { where: { tenantId, id } });
    return row ? toScheduledChange(row) : null;
  }

  async list(tenantId: TenantId, page: PageRequest): Promise<Page<ScheduledChange>> {
    const result = await keysetPage(
      this.manager()
        .createQueryBuilder(ScheduledChangeEntity, 's')
        .where('s.tenant_id = :tenantId', { tenantId }),
      {
        columns: ['s.run_at', 's.id'],
        key: (row) => [row.runAt.toISOString(), row.id],
        direction: 'ASC',
      },
      page,
    );
    return { items: result.items.map(toScheduledChange), nextCursor: result.nextCursor };
  }

  async claimDue(now: Date): Promise<ScheduledChange | null> {
    const row = await this.manager()
      .createQueryBuilder(ScheduledChangeEntity, 's')
      .where(`s.status = 'pending' AND s.run_at <= :now`, { now })
      .orderBy('s.run_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .limit(1)
      .getOne();
    return row ? toScheduledChange(row) : null;
  }

  async settle(input: Parameters<ScheduledChangeRepository['settle']>[0]): Promise<boolean> {
    const updated = await this.manager()
      .createQueryBuilder()
      .update(ScheduledChangeEntity)
      .set({
        status: input.status,
        levelChangeId: input.levelChangeId,
        error: input.error,
        settledAt: input.at,
      })
      .where(`tenant_id = :tenantId AND id = :id AND status = 'pending'`, {
        tenantId: input.tenantId,
        id: input.id,
      })
      .execute();
    return updated.affected === 1;
  }
}

function toScheduledChange(row: ScheduledChangeEntity): ScheduledChange {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    toLevel: row.toLevel,
    planId: row.planId,
    reason: row.reason,
    guideline: { text: row.guidelineText, url: row.guidelineUrl },
    requestedBy: row.requestedBy,
    requestedByRoles: row.requestedByRoles,
    runAt: row.runAt,
    status: row.status,
    levelChangeId: row.levelChangeId,
    error: row.error,
    createdAt: row.createdAt,
    settledAt: row.settledAt,
  };
}
