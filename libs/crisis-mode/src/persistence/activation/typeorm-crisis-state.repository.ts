import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import {
  keysetPage,
  queryPrepared,
  type EntityManagerAccessor,
  type PreparedStatement,
} from '@lavterskel/kernel/typeorm';
import type {
  AppliedEffects,
  CrisisState,
  LevelChange,
} from '../../domain/activation/crisis-state';
import type { CrisisStateRepository } from '../../domain/activation/crisis-state.repository';
import { CrisisStateEntity } from './crisis-state.entity';
import { LevelChangeEntity } from './level-change.entity';

/** The level in force, read by every crisis-rules check (each encounter, dispensing, join): $1 tenant. */
const SELECT_STATE = `SELECT tenant_id AS "tenantId", level, plan_id AS "planId", plan_version AS "planVersion",
  level_change_id AS "levelChangeId", since, version FROM crisis.crisis_state WHERE tenant_id = $1`;
const FIND_STATE: PreparedStatement = {
  name: 'crisis-mode.find-state',
  text: SELECT_STATE,
};
const LOCK_STATE: PreparedStatement = {
  name: 'crisis-mode.lock-state',
  text: `${SELECT_STATE} FOR UPDATE`,
};

export class TypeOrmCrisisStateRepository implements CrisisStateRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async find(
    tenantId: TenantId,
    options: { forUpdate?: boolean } = {},
  ): Promise<CrisisState | null> {
    const [row] = await queryPrepared<CrisisState>(
      this.manager(),
      options.forUpdate ? LOCK_STATE : FIND_STATE,
      [tenantId],
    );
    return row ?? null;
  }

  async save(state: CrisisState, expectedVersion: number): Promise<boolean> {
    if (expectedVersion === 0) {
      const inserted = await this.manager()
        .createQueryBuilder()
        .insert()
        .into(CrisisStateEntity)
        .values({ ...state })
        .orIgnore()
        .returning('tenant_id')
        .execute();
      return (inserted.raw as unknown[]).length > 0;
    }
    const updated = await this.manager()
      .createQueryBuilder()
      .update(CrisisStateEntity)
      .set({
        level: state.level,
        planId: state.planId,
        planVersion: state.planVersion,
        levelChangeId: state.levelChangeId,
        since: state.since,
        version: state.version,
      })
      .where('tenant_id = :tenantId AND version = :expectedVersion', {
        tenantId: state.tenantId,
        expectedVersion,
      })
      .execute();
    return updated.affected === 1;
  }

  async insertChange(change: LevelChange, effects: AppliedEffects): Promise<void> {
    await this.manager().insert(LevelChangeEntity, {
      tenantId: change.tenantId,
      id: change.id,
      fromLevel: change.fromLevel,
      toLevel: change.toLevel,
      planId: change.planId,
      planVersion: change.planVersion,
      reason: change.reason,
      guidelineText: change.guideline.text,
      guidelineUrl: change.guideline.url,
      requestedBy: change.requestedBy,
      scheduledChangeId: change.scheduledChangeId,
      appliedAt: change.appliedAt,
      counts: { ...change.counts },
      effects: {
        serviceModes: [...effects.serviceModes],
        arrangementReferences: [...effects.arrangementReferences],
        episodeChangeIds: [...effects.episodeChangeIds],
      },
    });
  }

  async findEffects(tenantId: TenantId, levelChangeId: string): Promise<AppliedEffects | null> {
    const row = await this.manager().findOne(LevelChangeEntity, {
      where: { tenantId, id: levelChangeId },
    });
    return row ? { levelChangeId: row.id, ...row.effects } : null;
  }

  async listChanges(tenantId: TenantId, page: PageRequest): Promise<Page<LevelChange>> {
    const result = await keysetPage(
      this.manager()
        .createQueryBuilder(LevelChangeEntity, 'c')
        .where('c.tenant_id = :tenantId', { tenantId }),
      {
        columns: ['c.applied_at', 'c.id'],
        key: (row) => [row.appliedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toLevelChange), nextCursor: result.nextCursor };
  }
}

function toLevelChange(row: LevelChangeEntity): LevelChange {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    fromLevel: row.fromLevel,
    toLevel: row.toLevel,
    planId: row.planId,
    planVersion: row.planVersion,
    reason: row.reason,
    guideline: { text: row.guidelineText, url: row.guidelineUrl },
    requestedBy: row.requestedBy,
    scheduledChangeId: row.scheduledChangeId,
    appliedAt: row.appliedAt,
    counts: row.counts,
  };
}
