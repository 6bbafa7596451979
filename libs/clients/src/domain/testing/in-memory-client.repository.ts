import { staleVersion, type Page, type PageRequest, type TenantId } from '@lavterskel/kernel';
import type { Client, ClientSummary } from '../client/client';
import { summaryOf } from '../client/client';
import type { StatusChange } from '../client/client-status';
import type { ClientRepository, ClientSearchCriteria } from '../client/client.repository';
import { nationalIdTaken } from '../client/national-id-conflict';
import { duplicateReasons } from '../merge/possible-duplicates';
import type { VulnerabilityFlagRepository } from '../vulnerability/vulnerability-flag.repository';
import { memoryPage } from './memory-page';

const byName = (a: Client, b: Client) =>
  sortName(a).localeCompare(sortName(b)) || a.id.localeCompare(b.id);
const sortName = (client: Client) => (client.familyName ?? client.alias ?? '').toLowerCase();

/** ClientRepository in memory, with the database's rules: tenant scoping, unique national ids, versions. */
export class InMemoryClientRepository implements ClientRepository {
  readonly clients = new Map<string, Client>();
  readonly statusChanges: (StatusChange & { tenantId: TenantId })[] = [];
  /** Merged client id → survivor id, kept by the in-memory merge repository. */
  readonly survivors = new Map<string, string>();

  constructor(private readonly flags?: Pick<VulnerabilityFlagRepository, 'active'>) {}

  async find(tenantId: TenantId, id: string): Promise<Client | null> {
    const client = this.clients.get(id);
    if (!client || client.tenantId !== tenantId) return null;
    const flags = this.flags
      ? (await this.flags.active(tenantId, id)).map((flag) => flag.code)
      : client.vulnerabilityFlags;
    const survivor = this.survivors.get(id);
    return {
      ...client,
      vulnerabilityFlags: flags,
      ...(survivor === undefined ? {} : { mergedInto: survivor }),
    };
  }

  async findMany(tenantId: TenantId, ids: readonly string[]): Promise<Client[]> {
    const found = await Promise.all(ids.map((id) => this.find(tenantId, id)));
    return found.filter((client): client is Client => client !== null);
  }

  async findIdByNationalId(tenantId: TenantId, nationalId: string): Promise<string | null> {
    return this.inTenant(tenantId).find((client) => client.nationalId === nationalId)?.id ?? null;
  }

  async insert(client: Client, firstStatus: StatusChange): Promise<void> {
    if (
      client.nationalId !== null &&
      (await this.findIdByNationalId(client.tenantId, client.nationalId))
    )
      throw nationalIdTaken();
    this.clients.set(client.id, client);
    await this.appendStatusChange(client.tenantId, firstStatus);
  }

  async update(client: Client, expectedVersion: number): Promise<Client> {
    const stored = this.clients.get(client.id);
    if (!stored || stored.tenantId !== client.tenantId || stored.version !== expectedVersion)
      throw staleVersion();
    const updated = { ...client, version: expectedVersion + 1 };
    this.clients.set(client.id, updated);
    return updated;
  }

  async appendStatusChange(tenantId: TenantId, change: StatusChange): Promise<void> {
    this.statusChanges.push({ ...change, tenantId });
  }

  async statusHistory(
    tenantId: TenantId,
    clientId: string,
    page: PageRequest,
  ): Promise<Page<StatusChange>> {
    const history = this.statusChanges
      .filter((change) => change.tenantId === tenantId && change.clientId === clientId)
      .reverse()
      .map(({ tenantId: _, ...change }) => change);
    return memoryPage(history, page);
  }

  async isAssignedContact(tenantId: TenantId, clientId: string, staff: string): Promise<boolean> {
    const client = await this.find(tenantId, clientId);
    return client !== null && (client.primaryContact === staff || client.backupContact === staff);
  }

  async assignedContactAmong(
    tenantId: TenantId,
    clientIds: readonly string[],
    staff: string,
  ): Promise<string[]> {
    const assigned: string[] = [];
    for (const clientId of clientIds) {
      if (await this.isAssignedContact(tenantId, clientId, staff)) assigned.push(clientId);
    }
    return assigned;
  }

  async search(criteria: ClientSearchCriteria, page: PageRequest): Promise<Page<ClientSummary>> {
    const words = (criteria.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const matches = this.inTenant(criteria.tenantId).filter((client) => {
      const names = [client.givenName, client.familyName, client.alias]
        .join(' ')
        .toLowerCase()
        .split(/\s+/);
      return (
        !this.survivors.has(client.id) &&
        words.every((word) => names.some((name) => name.startsWith(word))) &&
        (criteria.nationalId === undefined || client.nationalId === criteria.nationalId) &&
        (criteria.status === undefined || client.status === criteria.status)
      );
    });
    return memoryPage(matches.sort(byName).map(summaryOf), page);
  }

  async caseload(
    tenantId: TenantId,
    staff: string,
    page: PageRequest,
  ): Promise<Page<ClientSummary>> {
    const mine = this.inTenant(tenantId).filter(
      (client) =>
        !this.survivors.has(client.id) &&
        (client.primaryContact === staff || client.backupContact === staff),
    );
    return memoryPage(mine.sort(byName).map(summaryOf), page);
  }

  async activeClientIds(tenantId: TenantId, page: PageRequest): Promise<Page<string>> {
    const active = this.inTenant(tenantId)
      .filter((client) => client.status === 'active' && !this.survivors.has(client.id))
      .map((client) => ({ id: client.id }))
      .sort((a, b) => a.id.localeCompare(b.id));
    const result = memoryPage(active, page);
    return { items: result.items.map((item) => item.id), nextCursor: result.nextCursor };
  }

  async possibleDuplicatePairs(tenantId: TenantId): Promise<[string, string][]> {
    const live = this.inTenant(tenantId)
      .filter((client) => !this.survivors.has(client.id))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    return live.flatMap((a, i) =>
      live
        .slice(i + 1)
        .filter((b) => duplicateReasons(a, b).length > 0)
        .map((b): [string, string] => [a.id, b.id]),
    );
  }

  private inTenant(tenantId: TenantId): Client[] {
    return [...this.clients.values()].filter((client) => client.tenantId === tenantId);
  }
}
