import {
  staleVersion,
  type CareRelationsInStatement,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import { keysetPage, queryPrepared, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import type { SelectQueryBuilder } from 'typeorm';
import type { Consent } from '../domain/consent';
import type { ConsentRepository } from '../domain/consent.repository';
import { ConsentVersionEntity } from './consent-version.entity';
import { ConsentEntity } from './consent.entity';
import { toConsent, toConsentRow, toVersionRow, type ConsentVersionRow } from './consent.mapper';
import { isUniqueViolation } from './postgres-errors';
import { CURRENT_CONSENTS_OF_CLIENT, currentConsentsInCareStatement } from './sharing-decision.sql';

type CurrentConsentRow = ConsentVersionEntity & { clientId: string; grantedAt: Date };

/** Consents on PostgreSQL: an identity row, and append-only versions of the terms. */
export class TypeOrmConsentRepository implements ConsentRepository {
  /** Present when the care relations can be asked in SQL (`CareRelations.inStatement`). */
  readonly currentOfClientInCare?: ConsentRepository['currentOfClientInCare'];

  constructor(
    private readonly manager: EntityManagerAccessor,
    care?: CareRelationsInStatement,
  ) {
    if (care) {
      const statement = currentConsentsInCareStatement(care);
      this.currentOfClientInCare = async (actor, clientId) => {
        const rows = await queryPrepared<Partial<CurrentConsentRow> & { inCare: boolean }>(
          this.manager(),
          statement,
          [...care.parametersFor(actor), clientId],
        );
        const consents = rows.flatMap(({ inCare: _, ...row }) =>
          row.consentId === null || row.consentId === undefined
            ? []
            : [consentOf(row as CurrentConsentRow)],
        );
        return { consents, inCare: rows[0]?.inCare === true };
      };
    }
  }

  async add(consent: Consent): Promise<void> {
    await this.manager().insert(ConsentEntity, toConsentRow(consent));
    await this.manager().insert(ConsentVersionEntity, toVersionRow(consent));
  }

  async appendVersion(next: Consent): Promise<void> {
    try {
      await this.manager().insert(ConsentVersionEntity, toVersionRow(next));
    } catch (error) {
      if (isUniqueViolation(error)) throw staleVersion();
      throw error;
    }
  }

  async currentForUpdate(tenantId: TenantId, consentId: string): Promise<Consent | null> {
    const locked = await this.manager()
      .createQueryBuilder(ConsentEntity, 'c')
      .setLock('pessimistic_write')
      .where('c.tenant_id = :tenantId AND c.id = :consentId', { tenantId, consentId })
      .getExists();
    return locked ? this.current(tenantId, consentId) : null;
  }

  async current(tenantId: TenantId, consentId: string): Promise<Consent | null> {
    const row = await this.currentVersions(tenantId)
      .andWhere('v.consent_id = :consentId', { consentId })
      .getOne();
    return row ? toConsent(row) : null;
  }

  async versions(tenantId: TenantId, consentId: string): Promise<Consent[]> {
    const rows = await this.versionsOf(tenantId)
      .andWhere('v.consent_id = :consentId', { consentId })
      .orderBy('v.version', 'ASC')
      .getMany();
    return rows.map(toConsent);
  }

  async currentOfClient(tenantId: TenantId, clientId: string): Promise<Consent[]> {
    const rows = await queryPrepared<CurrentConsentRow>(
      this.manager(),
      CURRENT_CONSENTS_OF_CLIENT,
      [tenantId, clientId],
    );
    return rows.map(consentOf);
  }

  async currentOfClients(tenantId: TenantId, clientIds: readonly string[]): Promise<Consent[]> {
    if (clientIds.length === 0) return [];
    const rows = await this.currentVersions(tenantId)
      .andWhere('c.client_id IN (:...clientIds)', { clientIds })
      .orderBy('c.granted_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
    return rows.map(toConsent);
  }

  async pageOfClient(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<Consent>> {
    const result = await keysetPage(
      this.currentVersions(tenantId).andWhere('c.client_id = :clientId', { clientId }),
      {
        columns: ['c.granted_at', 'c.id'],
        key: (row) => [row.consent.grantedAt.toISOString(), row.consent.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: result.items.map(toConsent), nextCursor: result.nextCursor };
  }

  private versionsOf(tenantId: TenantId): SelectQueryBuilder<ConsentVersionRow> {
    return this.manager()
      .createQueryBuilder(ConsentVersionEntity, 'v')
      .innerJoinAndSelect('v.consent', 'c', 'c.tenant_id = v.tenant_id')
      .where('v.tenant_id = :tenantId', { tenantId }) as SelectQueryBuilder<ConsentVersionRow>;
  }

  /** The latest version of each consent: no version after it exists. */
  private currentVersions(tenantId: TenantId): SelectQueryBuilder<ConsentVersionRow> {
    return this.versionsOf(tenantId).andWhere(
      `NOT EXISTS (SELECT 1 FROM "consent"."consent_version" n
        WHERE n.tenant_id = v.tenant_id AND n.consent_id = v.consent_id AND n.version > v.version)`,
    );
  }
}

function consentOf({ clientId, grantedAt, ...version }: CurrentConsentRow): Consent {
  return toConsent({
    ...version,
    consent: { id: version.consentId, tenantId: version.tenantId, clientId, grantedAt },
  });
}
