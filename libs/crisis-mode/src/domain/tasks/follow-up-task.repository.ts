import type { Page, PageRequest, TenantId } from '@lavterskel/kernel';
import type { FollowUpTask, TaskKind, TaskPriority, TaskStatus } from './follow-up-task';

/**
 * Conditions a listed task meets, all together; `assigneeSubject` and `assigneeTeamIds` given
 * together match either (my tasks: mine or my teams'). An empty `assigneeTeamIds` alone matches
 * nothing. Lists are ordered most urgent first (asap, urgent, routine), then due, then id.
 */
export interface TaskFilter {
  assigneeSubject?: string;
  assigneeTeamIds?: readonly string[];
  clientId?: string;
  kind?: TaskKind;
  priority?: TaskPriority;
  status?: TaskStatus;
  levelChangeId?: string;
}

export interface FollowUpTaskRepository {
  /** Many at once (one multi-row INSERT per chunk): crisis activation creates thousands. */
  insertMany(tasks: readonly FollowUpTask[]): Promise<void>;
  findById(tenantId: TenantId, id: string): Promise<FollowUpTask | null>;
  /** Conditional on `expectedVersion`; false when someone changed it meanwhile. */
  update(task: FollowUpTask, expectedVersion: number): Promise<boolean>;
  list(tenantId: TenantId, filter: TaskFilter, page: PageRequest): Promise<Page<FollowUpTask>>;
  /**
   * Cancels, in one statement, the open tasks no one has touched (version 1) that the given
   * level changes created; returns how many. Tasks already worked on are kept.
   */
  cancelUntouched(input: {
    tenantId: TenantId;
    levelChangeIds: readonly string[];
    outcome: string;
    by: string;
    at: Date;
  }): Promise<number>;
}
