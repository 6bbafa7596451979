import { staleVersion, type Page, type PageRequest, type TenantId } from '@lavterskel/kernel';
import { keysetPage, type EntityManagerAccessor } from '@lavterskel/kernel/typeorm';
import { In, IsNull } from 'typeorm';
import { ClientsError, ClientsErrorCode } from '../../domain/clients-error';
import type { Client, ClientSummary } from '../../domain/client/client';
import type { StatusChange } from '../../domain/client/client-status';
import type { ClientRepository, ClientSearchCriteria } from '../../domain/client/client.repository';
import { nationalIdTaken } from '../../domain/client/national-id-conflict';
import type { VulnerabilityFlagCode } from '../../domain/vulnerability/vulnerability-flag';
import { isUniqueViolation } from '../shared/unique-violation';
import { VulnerabilityFlagEntity } from '../vulnerability/vulnerability-flag.entity';
import { ClientStatusChangeEntity } from './client-status-change.entity';
import { ClientEntity } from './client.entity';
import {
  toClient,
  toClientRow,
  toStatusChange,
  toSummary,
  wordPrefixPattern,
} from './client.mapper';

const BY_NAME = {
  columns: ['c.sort_name', 'c.id'],
  key: (row: ClientEntity) => [row.sortName, row.id],
  direction: 'ASC',
} as const;

/** The client register on PostgreSQL (schema `clients`). */
export class TypeOrmClientRepository implements ClientRepository {
  constructor(private readonly manager: EntityManagerAccessor) {}

  async find(tenantId: TenantId, id: string): Promise<Client | null> {
    const row = await this.manager().findOneBy(ClientEntity, { tenantId, id });
    if (!row) return null;
    const flags = await this.activeFlagCodes(tenantId, [id]);
    return toClient(row, flags.get(id) ?? []);
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
    const row = await this.manager().findOne(ClientEntity, {
      select: { id: true },
      where: { tenantId, nationalId },
    });
    return row?.id ?? null;
  }

  async insert(client: Client): Promise<void> {
    try {
      await this.manager().insert(ClientEntity, {
        ...toClientRow(client),
        version: client.version,
      });
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

  async search(criteria: ClientSearchCriteria, page: PageRequest): Promise<Page<ClientSummary>> {
    const query = this.manager()
      .createQueryBuilder(ClientEntity, 'c')
      .where('c.tenant_id = :tenantId', { tenantId: criteria.tenantId });
    if (criteria.nationalId !== undefined)
      query.andWhere('c.national_id = :nationalId', { nationalId: criteria.nationalId });
    if (criteria.status !== undefined)
      query.andWhere('c.status = :status', { status: criteria.status });
    const words = (criteria.text ?? '').split(/\s+/).filter(Boolean);
    words.forEach((word, index) =>
      query.andWhere(`c.search_text LIKE :word${index}`, {
        [`word${index}`]: wordPrefixPattern(word),
      }),
    );
    const rows = await keysetPage(query, BY_NAME, page);
    return { items: rows.items.map(toSummary), nextCursor: rows.nextCursor };
  }

  async caseload(
    tenantId: TenantId,
    staff: string,
    page: PageRequest,
  ): Promise<Page<ClientSummary>> {
    const query = this.manager()
      .createQueryBuilder(ClientEntity, 'c')
      .where('c.tenant_id = :tenantId', { tenantId })
      .andWhere('(c.primary_contact = :staff OR c.backup_contact = :staff)', { staff });
    const rows = await keysetPage(query, BY_NAME, page);
    return { items: rows.items.map(toSummary), nextCursor: rows.nextCursor };
  }

  async activeClientIds(tenantId: TenantId, page: PageRequest): Promise<Page<string>> {
    const query = this.manager()
      .createQueryBuilder(ClientEntity, 'c')
      .select(['c.id'])
      .where('c.tenant_id = :tenantId AND c.status = :status', { tenantId, status: 'active' });
    const rows = await keysetPage(
      query,
      { columns: ['c.id'], key: (row) => [row.id], direction: 'ASC' },
      page,
    );
    return { items: rows.items.map((row) => row.id), nextCursor: rows.nextCursor };
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
