import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { Partner, PartnerKind } from '../partners/partner';
import type { PartnerRepository } from '../partners/partner.repository';
import type { Referral, ReferralStatus, ReferralStatusChange } from '../referrals/referral';
import type { ReferralRepository } from '../referrals/referral.repository';
import type {
  ReferralSharing,
  ReferralSharingDecision,
  ReferralSharingQuestion,
} from '../referrals/referral-sharing';
import { pageOf } from './in-memory-page';

export class InMemoryReferralRepository implements ReferralRepository {
  readonly rows: Referral[] = [];
  readonly changes: ReferralStatusChange[] = [];

  async insert(referral: Referral, change: ReferralStatusChange): Promise<void> {
    this.rows.push(referral);
    this.changes.push(change);
  }

  async findById(tenantId: TenantId, id: string): Promise<Referral | null> {
    return this.rows.find((r) => r.tenantId === tenantId && r.id === id) ?? null;
  }

  async update(
    referral: Referral,
    change: ReferralStatusChange,
    expectedVersion: number,
  ): Promise<boolean> {
    const index = this.rows.findIndex((r) => r.id === referral.id && r.version === expectedVersion);
    if (index < 0) return false;
    this.rows[index] = referral;
    this.changes.push(change);
    return true;
  }

  async history(tenantId: TenantId, referralId: string): Promise<ReferralStatusChange[]> {
    return this.changes.filter((c) => c.tenantId === tenantId && c.referralId === referralId);
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Referral>> {
    return pageOf(
      this.rows.filter((r) => r.tenantId === tenantId && r.clientId === clientId).reverse(),
      page,
    );
  }

  async listIncoming(
    filter: PageRequest & { tenantId: TenantId; serviceId: string; status?: ReferralStatus },
  ): Promise<Page<Referral>> {
    return pageOf(
      this.rows
        .filter(
          (r) =>
            r.tenantId === filter.tenantId &&
            r.to.kind === 'service' &&
            r.to.serviceId === filter.serviceId &&
            (filter.status === undefined || r.status === filter.status),
        )
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
      filter,
    );
  }
}

export class InMemoryPartnerRepository implements PartnerRepository {
  readonly rows: Partner[] = [];

  async insert(partner: Partner): Promise<void> {
    this.rows.push(partner);
  }

  async findById(tenantId: TenantId, id: string): Promise<Partner | null> {
    return this.rows.find((p) => p.tenantId === tenantId && p.id === id) ?? null;
  }

  async existing(tenantId: TenantId, ids: readonly string[]): Promise<Set<string>> {
    return new Set(
      this.rows.filter((p) => p.tenantId === tenantId && ids.includes(p.id)).map((p) => p.id),
    );
  }

  async list(
    filter: PageRequest & { tenantId: TenantId; kind?: PartnerKind },
  ): Promise<Page<Partner>> {
    return pageOf(
      this.rows.filter(
        (p) => p.tenantId === filter.tenantId && (!filter.kind || p.kind === filter.kind),
      ),
      filter,
    );
  }
}

/**
 * Consent in memory: permits the categories `permit` was told for a client, denies the rest
 * (`no-consent`); remembers every decision asked and every disclosure recorded, as the consent
 * library logs them.
 */
export class InMemoryReferralSharing implements ReferralSharing {
  readonly decisions: (ReferralSharingDecision & { question: ReferralSharingQuestion })[] = [];
  readonly disclosures: { decisionId: string; description: string }[] = [];
  private readonly permitted = new Set<string>();
  private nextId = 0;

  permit(clientId: string, ...categories: string[]): this {
    for (const category of categories) this.permitted.add(`${clientId}/${category}`);
    return this;
  }

  /** The one unknown category code the fake knows: `horoscope`. */
  questionViolations(question: { categories: readonly string[] }) {
    return question.categories.flatMap((category, i) =>
      category === 'horoscope'
        ? [{ field: `categories[${i}]`, rule: 'known-category', message: 'unknown' }]
        : [],
    );
  }

  async decide(question: ReferralSharingQuestion): Promise<ReferralSharingDecision> {
    const permitted = this.permitted.has(`${question.clientId}/${question.category}`);
    const decision = {
      id: `decision-${++this.nextId}`,
      category: question.category,
      permitted,
      reasons: [
        permitted
          ? { code: 'consent-permits', message: 'A consent covers it.' }
          : { code: 'no-consent', message: 'The client has given no consent.' },
      ],
    };
    this.decisions.push({ ...decision, question });
    return decision;
  }

  async recordDisclosure(request: { decisionId: string; description: string }): Promise<void> {
    this.disclosures.push({ decisionId: request.decisionId, description: request.description });
  }
}
