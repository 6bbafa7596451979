import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type {
  Referral,
  ReferralParty,
  ReferralStatus,
  ReferralStatusChange,
  ReferralUrgency,
} from '../../domain/referrals/referral';
import type { ReferralRepository } from '../../domain/referrals/referral.repository';
import { ReferralStatusChangeEntity } from './referral-status-change.entity';
import { ReferralEntity } from './referral.entity';

function party(serviceId: string | null, partnerId: string | null): ReferralParty {
  return serviceId !== null
    ? { kind: 'service', serviceId }
    : { kind: 'partner', partnerId: partnerId ?? '' };
}

function toReferral(row: ReferralEntity): Referral {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    clientId: row.clientId,
    from: party(row.fromServiceId, row.fromPartnerId),
    to: party(row.toServiceId, row.toPartnerId),
    reason: row.reason,
    urgency: row.urgency as ReferralUrgency,
    categories: row.categories,
    purpose: row.purpose,
    legalBasis:
      row.legalBasisCode !== null
        ? { code: row.legalBasisCode, justification: row.legalBasisJustification ?? '' }
        : null,
    dueOn: row.dueOn,
    status: row.status as ReferralStatus,
    statusNote: row.statusNote,
    enrolmentId: row.enrolmentId,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

function toRow(
  referral: Referral,
): Omit<ReferralEntity, 'fromService' | 'fromPartner' | 'toService' | 'toPartner' | 'enrolment'> {
  const { from, to, legalBasis, ...fields } = referral;
  return {
    ...fields,
    fromServiceId: from.kind === 'service' ? from.serviceId : null,
    fromPartnerId: from.kind === 'partner' ? from.partnerId : null,
    toServiceId: to.kind === 'service' ? to.serviceId : null,
    toPartnerId: to.kind === 'partner' ? to.partnerId : null,
    legalBasisCode: legalBasis?.code ?? null,
    legalBasisJustification: legalBasis?.justification ?? null,
  };
}

function toChange(row: ReferralStatusChangeEntity): ReferralStatusChange {
  const { referral: _referral, ...fields } = row;
  return { ...fields, tenantId: row.tenantId as TenantId, status: row.status as ReferralStatus };
}

export class TypeOrmReferralRepository implements ReferralRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async insert(referral: Referral, change: ReferralStatusChange): Promise<void> {
    await this.manager().insert(ReferralEntity, toRow(referral));
    await this.manager().insert(ReferralStatusChangeEntity, change);
  }

  async findById(tenantId: TenantId, id: string): Promise<Referral | null> {
    const row = await this.manager().findOneBy(ReferralEntity, { tenantId, id });
    return row && toReferral(row);
  }

  async update(
    referral: Referral,
    change: ReferralStatusChange,
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await this.manager().update(
      ReferralEntity,
      { tenantId: referral.tenantId, id: referral.id, version: expectedVersion },
      {
        status: referral.status,
        statusNote: referral.statusNote,
        enrolmentId: referral.enrolmentId,
        updatedAt: referral.updatedAt,
        version: referral.version,
      },
    );
    if (result.affected !== 1) return false;
    await this.manager().insert(ReferralStatusChangeEntity, change);
    return true;
  }

  async history(tenantId: TenantId, referralId: string): Promise<ReferralStatusChange[]> {
    const rows = await this.manager().find(ReferralStatusChangeEntity, {
      where: { tenantId, referralId },
      order: { version: 'ASC' },
    });
    return rows.map(toChange);
  }

  async listForClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Referral>> {
    const query = this.manager()
      .createQueryBuilder(ReferralEntity, 'r')
      .where('r.tenant_id = :tenantId AND r.client_id = :clientId', { tenantId, clientId });
    const result = await keysetPage(
      query,
      {
        columns: ['r.created_at', 'r.id'],
        key: (row) => [row.createdAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toReferral), nextCursor: result.nextCursor };
  }

  async listIncoming(
    filter: PageRequest & { tenantId: TenantId; serviceId: string; status?: ReferralStatus },
  ): Promise<Page<Referral>> {
    const query = this.manager()
      .createQueryBuilder(ReferralEntity, 'r')
      .where('r.tenant_id = :tenantId AND r.to_service_id = :serviceId', filter);
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    const result = await keysetPage(
      query,
      {
        columns: ['r.due_on', 'r.created_at', 'r.id'],
        key: (row) => [row.dueOn, row.createdAt.toISOString(), row.id],
        direction: 'ASC',
      },
      filter,
    );
    return { items: result.items.map(toReferral), nextCursor: result.nextCursor };
  }
}
