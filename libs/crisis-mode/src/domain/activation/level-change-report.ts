import type { TaskKind, TaskPriority } from '../tasks/follow-up-task';
import type { AppliedCounts } from './crisis-state';
import type { ModeSwitch } from './service-mode-effects';

/** A critical service short of trained, available staff at the new level (CR-5). */
export interface StaffingGap {
  readonly serviceId: string;
  readonly name: string;
  /** `null`: the service's own team, for a service that requires no competency. */
  readonly competency: string | null;
  readonly minimum: number;
  readonly available: number;
  readonly gap: number;
}

export interface ArrangementEffect {
  readonly maxSize: number;
  readonly serviceIds: readonly string[];
  readonly groups: number;
  readonly membersMoved: number;
  readonly membersUnplaced: number;
  /** Per group that changed. */
  readonly groupsChanged: readonly {
    groupId: string;
    membersMoved: number;
    membersUnplaced: number;
  }[];
}

/** Everything a level change does, the same for a dry run and for the real thing (CR-3). */
export interface LevelChangeReport {
  readonly levelChangeId: string;
  readonly dryRun: boolean;
  readonly fromLevel: string;
  readonly toLevel: string;
  readonly planId: string | null;
  readonly planVersion: number | null;
  readonly appliedAt: Date;
  readonly services: readonly ModeSwitch[];
  readonly arrangements: readonly ArrangementEffect[];
  readonly tasksByKind: Readonly<Partial<Record<TaskKind, number>>>;
  readonly tasksByPriority: Readonly<Partial<Record<TaskPriority, number>>>;
  /** Distinct clients given a task. */
  readonly clientsAffected: number;
  /** Critical services that lack staff today at the new level; empty going to `normal`. */
  readonly staffingGaps: readonly StaffingGap[];
  readonly counts: AppliedCounts;
}

export function tally<K extends string>(keys: readonly K[]): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
