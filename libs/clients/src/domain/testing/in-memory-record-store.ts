import { staleVersion, type TenantId } from '@lavterskel/kernel';

/**
 * One versioned record per key (a client's crisis plan, clinical profile, a relative), with the
 * database's rules: tenant scoping, one insert per key, updates only at the expected version.
 */
export class InMemoryRecordStore<T extends { version: number }> {
  private readonly records = new Map<string, { tenantId: TenantId; record: T }>();

  constructor(private readonly exists: () => Error) {}

  get(tenantId: TenantId, key: string): T | null {
    const stored = this.records.get(key);
    return stored && stored.tenantId === tenantId ? stored.record : null;
  }

  all(tenantId: TenantId): T[] {
    return [...this.records.values()]
      .filter((stored) => stored.tenantId === tenantId)
      .map((stored) => stored.record);
  }

  insert(tenantId: TenantId, key: string, record: T): void {
    if (this.records.has(key)) throw this.exists();
    this.records.set(key, { tenantId, record });
  }

  update(tenantId: TenantId, key: string, record: T, expectedVersion: number): T {
    const current = this.get(tenantId, key);
    if (!current || current.version !== expectedVersion) throw staleVersion();
    const updated = { ...record, version: expectedVersion + 1 };
    this.records.set(key, { tenantId, record: updated });
    return updated;
  }

  remove(tenantId: TenantId, key: string): boolean {
    return this.get(tenantId, key) !== null && this.records.delete(key);
  }
}
