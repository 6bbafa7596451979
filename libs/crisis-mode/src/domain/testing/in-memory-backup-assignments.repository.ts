import {
  decodeCursor,
  encodeCursor,
  pageLimit,
  type Page,
  type PageRequest,
  type TenantId,
} from '@lavterskel/kernel';
import { coversDay, type BackupAssignment } from '../staffing/backup-assignment';
import type {
  BackupAssignmentFilter,
  BackupAssignmentRepository,
} from '../staffing/backup-assignment.repository';
import { uniqueViolation } from './in-memory-crisis-state.repository';

/** `BackupAssignmentRepository` in memory, with the TypeORM repository's semantics. */
export class InMemoryBackupAssignmentRepository implements BackupAssignmentRepository {
  readonly rows: BackupAssignment[] = [];

  async insert(assignment: BackupAssignment): Promise<void> {
    if (this.rows.some((row) => row.tenantId === assignment.tenantId && row.id === assignment.id))
      throw uniqueViolation('backup assignment');
    this.rows.push({ ...assignment });
  }

  async findById(tenantId: TenantId, id: string): Promise<BackupAssignment | null> {
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id.toLowerCase());
    return row ? { ...row } : null;
  }

  async end(input: {
    tenantId: TenantId;
    id: string;
    by: string;
    at: Date;
  }): Promise<BackupAssignment | null> {
    const index = this.rows.findIndex(
      (r) => r.tenantId === input.tenantId && r.id === input.id.toLowerCase() && r.endedAt === null,
    );
    if (index === -1) return null;
    this.rows[index] = { ...this.rows[index], endedAt: new Date(input.at), endedBy: input.by };
    return { ...this.rows[index] };
  }

  async coveringDay(tenantId: TenantId, day: string): Promise<BackupAssignment[]> {
    return this.rows
      .filter((r) => r.tenantId === tenantId && coversDay(r, day))
      .map((r) => ({ ...r }));
  }

  async list(
    tenantId: TenantId,
    filter: BackupAssignmentFilter,
    page: PageRequest,
  ): Promise<Page<BackupAssignment>> {
    const limit = pageLimit(page);
    const key = (r: BackupAssignment): [string, string] => [r.assignedAt.toISOString(), r.id];
    const after = page.cursor ? (decodeCursor(page.cursor, 2) as [string, string]) : null;
    const ordered = this.rows
      .filter(
        (r) =>
          r.tenantId === tenantId &&
          (filter.serviceId === undefined || r.serviceId === filter.serviceId) &&
          (filter.staffId === undefined || r.staffId === filter.staffId) &&
          (filter.activeOn === undefined || coversDay(r, filter.activeOn)),
      )
      .sort((a, b) => compareKeys(key(b), key(a)))
      .filter((r) => after === null || compareKeys(key(r), after) < 0);
    const items = ordered.slice(0, limit).map((r) => ({ ...r }));
    const last = items.at(-1);
    return { items, nextCursor: ordered.length > limit && last ? encodeCursor(key(last)) : null };
  }
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}
