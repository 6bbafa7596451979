import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, queryPrepared, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { ConsentError, ConsentErrorCode } from '../domain/consent-error';
import type { DecisionReview, SharingDecision } from '../domain/sharing-decision';
import type { ReviewState, SharingDecisionRepository } from '../domain/sharing-decision.repository';
import { DecisionReviewEntity } from './decision-review.entity';
import { SharingDecisionEntity } from './sharing-decision.entity';
import { INSERT_DECISION } from './sharing-decision.sql';
import { toReviewRow, toSharingDecision, toSharingDecisionRow } from './sharing-decision.mapper';

/** The decision log on PostgreSQL; reviews are rows of their own, so a decision never changes. */
export class TypeOrmSharingDecisionRepository implements SharingDecisionRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async add(decision: SharingDecision): Promise<void> {
    const row = toSharingDecisionRow(decision);
    // jsonb as text: pg would write an array (the reasons) as a PostgreSQL array.
    await queryPrepared(this.manager(), INSERT_DECISION, [
      row.id,
      row.tenantId,
      row.clientId,
      row.category,
      row.purpose,
      JSON.stringify(row.recipient),
      row.outcome,
      row.basisKind,
      row.consentId,
      row.consentVersion,
      row.legalBasis,
      row.justification,
      JSON.stringify(row.reasons),
      row.reviewRequired,
      row.decidedBy,
      row.decidedAt,
    ]);
  }

  async get(tenantId: TenantId, decisionId: string): Promise<SharingDecision | null> {
    const row = await this.withReviews(tenantId)
      .andWhere('d.id = :decisionId', { decisionId })
      .getOne();
    return row ? toSharingDecision(row) : null;
  }

  async addReview(tenantId: TenantId, decisionId: string, review: DecisionReview): Promise<void> {
    // ON CONFLICT DO NOTHING: of concurrent reviews, the primary key lets one in.
    const inserted = await this.manager()
      .createQueryBuilder()
      .insert()
      .into(DecisionReviewEntity)
      .values(toReviewRow(tenantId, decisionId, review))
      .orIgnore()
      .returning('decision_id')
      .execute();
    if ((inserted.raw as unknown[]).length === 0) {
      throw new ConsentError(
        ConsentErrorCode.AlreadyReviewed,
        'The decision has been reviewed already.',
      );
    }
  }

  async pageForReview(filter: {
    tenantId: TenantId;
    state: ReviewState;
    page: PageRequest;
  }): Promise<Page<SharingDecision>> {
    const query = this.withReviews(filter.tenantId)
      .andWhere('d.review_required')
      .andWhere(filter.state === 'pending' ? 'r.decision_id IS NULL' : 'r.decision_id IS NOT NULL');
    const page = await keysetPage(
      query,
      {
        columns: ['d.decided_at', 'd.id'],
        key: (row) => [row.decidedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      filter.page,
    );
    return { items: page.items.map(toSharingDecision), nextCursor: page.nextCursor };
  }

  private withReviews(tenantId: TenantId) {
    return this.manager()
      .createQueryBuilder(SharingDecisionEntity, 'd')
      .leftJoinAndSelect('d.review', 'r', 'r.tenant_id = d.tenant_id')
      .where('d.tenant_id = :tenantId', { tenantId });
  }
}
