import { createHash } from 'node:crypto';
import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  staleVersion,
  type Actor,
  type AuditLog,
  type CareRelations,
  type CareRelationsInStatement,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import { keysetPage, queryPrepared, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In, IsNull } from 'typeorm';
import { ClientsError, ClientsErrorCode } from '../../domain/clients-error';
import type { Client, ClientSummary } from '../../domain/client/client';
import type { StatusChange } from '../../domain/client/client-status';
import type {
  ClientInCare,
  ClientRecordAccess,
  ClientRepository,
  ClientSearchCriteria,
} from '../../domain/client/client.repository';
import { nationalIdTaken } from '../../domain/client/national-id-conflict';
import type { VulnerabilityFlagCode } from '../../domain/vulnerability/vulnerability-flag';
import { isUniqueViolation } from '../shared/unique-violation';
import { VulnerabilityFlagEntity } from '../vulnerability/vulnerability-flag.entity';
import { ClientStatusChangeEntity } from './client-status-change.entity';
import { CLIENT_ID_BY_NATIONAL_ID, INSERT_CLIENT } from './client-register.sql';
import {
  auditedCaseloadStatement,
  auditedPageSql,
  caseloadStatement,
  FIND_CLIENT,
  findClientInCareStatement,
  NOT_MERGED_AWAY,
  POSSIBLE_DUPLICATE_PAIRS,
  searchSql,
  type AuditInsert,
  type CareCondition,
} from './client-read.sql';
import { ClientEntity } from './client.entity';
import {
  toClient,
  toClientRow,
  toStatusChange,
  toSummary,
  type ClientRow,
  type SummaryRow,
} from './client.mapper';

/** Lists by name continue after the last row's (sort name, id). */
const BY_NAME_CURSOR = ['text', 'uuid'] as const;

/** Ports whose SQL the register's statements can include (need-to-know and audit in one round trip). */
export interface ClientRepositoryPorts {
  careRelations?: CareRelations;
  audit?: AuditLog;
}

type ClientRowInCare = ClientRow & {
  vulnerabilityFlags: string[];
  mergedInto: string | null;
  inCare?: boolean;
};

/** The client register on PostgreSQL (schema `clients`). */
export class TypeOrmClientRepository implements ClientRepository {
  /** Present when the care relations can be asked in SQL (`CareRelations.inStatement`). */
  readonly searchInCare?: ClientRepository['searchInCare'];
  readonly findInCare?: ClientRepository['findInCare'];
  /** Present when the audit log can write its rows in SQL (`AuditLog.inStatement`). */
  readonly caseloadAudited?: ClientRepository['caseloadAudited'];
  readonly searchInCareAudited?: ClientRepository['searchInCareAudited'];

  /** The audit rows of `access` inside a statement, when the audit log can write them in SQL. */
  private readonly auditAs?: (actor: Actor, access: ClientRecordAccess) => AuditInsert;

  constructor(
    private readonly manager: EntityManagerAccessor,
    ports: ClientRepositoryPorts = {},
  ) {
    const care = ports.careRelations?.inStatement;
    const audit = ports.audit?.inStatement;
    if (audit)
      this.auditAs = (actor, access) => (rows, param) =>
        audit.insertFor({ actor, ...access }, rows, param);
    const { auditAs } = this;
    if (care) {
      const condition = care.conditionOn('c.id');
      const inCare = (actor: Actor) => ({ condition, parameters: care.parametersFor(actor) });
      this.searchInCare = (criteria, actor, page) => this.searchPage(criteria, page, inCare(actor));
      this.findInCare = (actor, id, access) => this.findClientInCare(care, actor, id, access);
      if (auditAs) {
        this.searchInCareAudited = (criteria, actor, page, access) =>
          this.searchPage(criteria, page, inCare(actor), auditAs(actor, access));
      }
    }
    if (auditAs) {
      this.caseloadAudited = (actor, staff, page, access) =>
        this.caseloadPage(actor.tenantId, staff, page, auditAs(actor, access));
    }
  }

  async find(tenantId: TenantId, id: string): Promise<Client | null> {
    const [row] = await queryPrepared<ClientRowInCare>(this.manager(), FIND_CLIENT, [tenantId, id]);
    return row ? clientOf(row) : null;
  }

  private async findClientInCare(
    care: CareRelationsInStatement,
    actor: Actor,
    id: string,
    access: ClientRecordAccess | undefined,
  ): Promise<ClientInCare | null> {
    const values = [...care.parametersFor(actor), id];
    const audit = access && this.auditAs?.(actor, access);
    const statement = findClientInCareStatement(care, audit, values);
    const [row] = await queryPrepared<ClientRowInCare>(this.manager(), statement, values);
    if (!row) return null;
    const inCare = row.inCare === true;
    return { client: clientOf(row), inCare, audited: !!audit && inCare && row.mergedInto === null };
  }

  async findMany(tenantId: TenantId, ids: readonly string[]): Promise<Client[]> {
    if (ids.length === 0) return [];
    const rows = await this.manager().findBy(ClientEntity, { tenantId, id: In([...ids]) });
    const flags = await this.activeFlagCodes(
      tenantId,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toClient(row, flags.get(row.id) ?? []));
  }

  async findIdByNationalId(tenantId: TenantId, nationalId: string): Promise<string | null> {
    const [row] = await queryPrepared<{ id: string }>(this.manager(), CLIENT_ID_BY_NATIONAL_ID, [
      tenantId,
      nationalId,
    ]);
    return row?.id ?? null;
  }

  async insert(client: Client, firstStatus: StatusChange): Promise<void> {
    const row = toClientRow(client);
    try {
      await queryPrepared(this.manager(), INSERT_CLIENT, [
        row.id,
        row.tenantId,
        row.nationalId,
        row.nationalIdKind,
        row.givenName,
        row.familyName,
        row.alias,
        row.birthYear,
        row.birthDate,
        // jsonb as text: pg would write an array as a PostgreSQL array.
        JSON.stringify(row.contactChannels),
        row.preferredLanguage,
        row.interpreterNeeded,
        row.status,
        row.primaryContact,
        row.backupContact,
        row.applicationId,
        row.sortName,
        row.searchText,
        client.version,
        row.createdAt,
        row.updatedAt,
        firstStatus.id,
        firstStatus.from,
        firstStatus.to,
        firstStatus.reason,
        firstStatus.changedBy,
        firstStatus.changedAt,
      ]);
    } catch (error) {
      if (isUniqueViolation(error, 'client_tenant_national_id_key')) throw nationalIdTaken();
      if (isUniqueViolation(error, 'client_tenant_application_key')) {
        throw new ClientsError(
          ClientsErrorCode.ApplicationNotOpen,
          'The application was already converted into a client.',
        );
      }
      throw error;
    }
  }

  async update(client: Client, expectedVersion: number): Promise<Client> {
    const { id, tenantId, createdAt: _, ...changes } = toClientRow(client);
    try {
      const result = await this.manager()
        .createQueryBuilder()
        .update(ClientEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND tenant_id = :tenantId AND version = :expectedVersion', {
          id,
          tenantId,
          expectedVersion,
        })
        .execute();
      if (result.affected !== 1) throw staleVersion();
    } catch (error) {
      if (isUniqueViolation(error, 'client_tenant_national_id_key')) throw nationalIdTaken();
      throw error;
    }
    return { ...client, version: expectedVersion + 1 };
  }

  async appendStatusChange(tenantId: TenantId, change: StatusChange): Promise<void> {
    await this.manager().insert(ClientStatusChangeEntity, {
      id: change.id,
      tenantId,
      clientId: change.clientId,
      fromStatus: change.from,
      toStatus: change.to,
      reason: change.reason,
      changedBy: change.changedBy,
      changedAt: change.changedAt,
    });
  }

  async statusHistory(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<StatusChange>> {
    const query = this.manager()
      .createQueryBuilder(ClientStatusChangeEntity, 's')
      .where('s.tenant_id = :tenantId AND s.client_id = :clientId', { tenantId, clientId });
    const rows = await keysetPage(
      query,
      {
        columns: ['s.changed_at', 's.id'],
        key: (row) => [row.changedAt.toISOString(), row.id],
        direction: 'DESC',
      },
      page,
    );
    return { items: rows.items.map(toStatusChange), nextCursor: rows.nextCursor };
  }

  async isAssignedContact(tenantId: TenantId, clientId: string, staff: string): Promise<boolean> {
    return this.manager()
      .createQueryBuilder(ClientEntity, 'c')
      .where('c.id = :clientId AND c.tenant_id = :tenantId', { clientId, tenantId })
      .andWhere('(c.primary_contact = :staff OR c.backup_contact = :staff)', { staff })
      .getExists();
  }

  async assignedContactAmong(
    tenantId: TenantId,
    clientIds: readonly string[],
    staff: string,
  ): Promise<string[]> {
    if (clientIds.length === 0) return [];
    const rows = await this.manager()
      .createQueryBuilder(ClientEntity, 'c')
      .select('c.id', 'id')
      .where('c.tenant_id = :tenantId AND c.id IN (:...clientIds)', { tenantId, clientIds })
      .andWhere('(c.primary_contact = :staff OR c.backup_contact = :staff)', { staff })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  search(criteria: ClientSearchCriteria, page: PageRequest): Promise<Page<ClientSummary>> {
    return this.searchPage(criteria, page);
  }

  private async searchPage(
    criteria: ClientSearchCriteria,
    page: PageRequest,
    inCare?: CareCondition,
    audit?: AuditInsert,
  ): Promise<Page<ClientSummary>> {
    const limit = pageLimit(page);
    const words = (criteria.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const query = searchSql({
      tenantId: criteria.tenantId,
      nationalId: criteria.nationalId,
      status: criteria.status,
      words,
      after: page.cursor ? decodeCursor(page.cursor, BY_NAME_CURSOR) : undefined,
      rows: limit + 1,
      inCare,
    });
    const text = audit
      ? auditedPageSql(query.text, {
          shown: `$${query.values.push(limit)}`,
          resource: 'NULL::text',
          audit,
          param: (value) => `$${query.values.push(value)}`,
        })
      : query.text;
    const rows = await queryPrepared<SummaryRow>(
      this.manager(),
      { name: `clients.search-${shortHash(text)}`, text },
      query.values,
    );
    return byNamePage(rows, limit);
  }

  caseload(tenantId: TenantId, staff: string, page: PageRequest): Promise<Page<ClientSummary>> {
    return this.caseloadPage(tenantId, staff, page);
  }

  private async caseloadPage(
    tenantId: TenantId,
    staff: string,
    page: PageRequest,
    audit?: AuditInsert,
  ): Promise<Page<ClientSummary>> {
    const limit = pageLimit(page);
    const after = page.cursor ? decodeCursor(page.cursor, BY_NAME_CURSOR) : [];
    const values: unknown[] = [tenantId, staff, limit + 1, ...after];
    const statement = audit
      ? auditedCaseloadStatement(after.length > 0, audit, values)
      : caseloadStatement(after.length > 0);
    const rows = await queryPrepared<SummaryRow>(this.manager(), statement, values);
    return byNamePage(rows, limit);
  }

  async activeClientIds(tenantId: TenantId, page: PageRequest): Promise<Page<string>> {
    const query = this.manager()
      .createQueryBuilder(ClientEntity, 'c')
      .select(['c.id'])
      .where('c.tenant_id = :tenantId AND c.status = :status', { tenantId, status: 'active' })
      // A client merged into another is counted once, as the survivor.
      .andWhere(NOT_MERGED_AWAY);
    const rows = await keysetPage(
      query,
      { columns: ['c.id'], key: (row) => [row.id], direction: 'ASC' },
      page,
    );
    return { items: rows.items.map((row) => row.id), nextCursor: rows.nextCursor };
  }

  async possibleDuplicatePairs(tenantId: TenantId): Promise<[string, string][]> {
    const rows = await queryPrepared<{ a: string; b: string }>(
      this.manager(),
      POSSIBLE_DUPLICATE_PAIRS,
      [tenantId],
    );
    return rows.map((row) => [row.a, row.b]);
  }

  private async activeFlagCodes(
    tenantId: TenantId,
    clientIds: readonly string[],
  ): Promise<Map<string, VulnerabilityFlagCode[]>> {
    const flags = await this.manager().find(VulnerabilityFlagEntity, {
      select: { clientId: true, code: true },
      where: { tenantId, clientId: In([...clientIds]), clearedAt: IsNull() },
      order: { code: 'ASC' },
    });
    const byClient = new Map<string, VulnerabilityFlagCode[]>();
    for (const flag of flags) {
      byClient.set(flag.clientId, [
        ...(byClient.get(flag.clientId) ?? []),
        flag.code as VulnerabilityFlagCode,
      ]);
    }
    return byClient;
  }
}

/** A page of at most `limit` of `rows` (fetched with one more, to tell whether a next page exists). */
function byNamePage(rows: readonly SummaryRow[], limit: number): Page<ClientSummary> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toSummary),
    nextCursor: rows.length > limit && last ? encodeCursor([last.sortName, last.id]) : null,
  };
}

function clientOf(row: ClientRowInCare): Client {
  const client = toClient(row, row.vulnerabilityFlags as VulnerabilityFlagCode[]);
  return row.mergedInto === null ? client : { ...client, mergedInto: row.mergedInto };
}

/** Names a statement by its text: the same text, the same name, within PostgreSQL's 63 characters. */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
