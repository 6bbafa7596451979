import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { BackupAssignment } from './backup-assignment';

export interface BackupAssignmentFilter {
  readonly serviceId?: string;
  readonly staffId?: string;
  /** Only those that count on this Oslo day (`coversDay`). */
  readonly activeOn?: string;
}

export interface BackupAssignmentRepository {
  insert(assignment: BackupAssignment): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<BackupAssignment | null>;
  /**
   * Ends an assignment that has not been ended (one conditional UPDATE); `null` when there is
   * none: missing, or ended already (the caller tells which).
   */
  end(input: {
    tenantId: TenantId;
    id: string;
    by: string;
    at: Date;
  }): Promise<BackupAssignment | null>;
  /** Every assignment of the municipality that counts on `day` (one query). */
  coveringDay(tenantId: TenantId, day: string): Promise<BackupAssignment[]>;
  /** Newest first (assigned at, then id). */
  list(
    tenantId: TenantId,
    filter: BackupAssignmentFilter,
    page: PageRequest,
  ): Promise<Page<BackupAssignment>>;
}
