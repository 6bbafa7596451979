import { fixedClock, newId, type TenantId } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import type { CrisisPlan } from '../plan/crisis-plan';
import { InMemoryBackupAssignmentRepository } from './in-memory-backup-assignments.repository';
import { InMemoryCrisisPlanRepository } from './in-memory-crisis-plan.repository';
import { InMemoryCrisisStateRepository } from './in-memory-crisis-state.repository';
import { SKIEN, directUnitOfWork, recordingAudit } from './in-memory-kernel';
import { InMemoryOtherLibraries } from './in-memory-other-libraries';

export type ReportPorts = Pick<
  CrisisModePorts,
  | 'state'
  | 'plans'
  | 'backups'
  | 'catalogue'
  | 'enrolments'
  | 'clients'
  | 'crisisContacts'
  | 'staff'
  | 'audit'
  | 'clock'
  | 'unitOfWork'
>;

/** Monday 23 November 2026, 10:00 in Oslo. */
export const MONDAY = '2026-11-23T09:00:00Z';

/** The ports the priority list and staffing use cases take, all in memory. */
export function reportsScene(now: string = MONDAY) {
  const clock = fixedClock(now);
  const world = new InMemoryOtherLibraries(() => clock.now());
  const state = new InMemoryCrisisStateRepository();
  const plans = new InMemoryCrisisPlanRepository();
  const backups = new InMemoryBackupAssignmentRepository();
  const audit = recordingAudit();
  const ports: ReportPorts = {
    ...world.ports(),
    state,
    plans,
    backups,
    audit,
    clock,
    unitOfWork: directUnitOfWork,
  };
  /** Puts `plan` in force at `level` (as an activation would have left the state). */
  const activate = (plan: CrisisPlan, level: string, tenantId: TenantId = SKIEN) =>
    state.put({
      tenantId,
      level,
      planId: plan.id,
      planVersion: plan.version,
      levelChangeId: newId(),
      since: clock.now(),
      version: 1,
    });
  return { clock, world, state, plans, backups, audit, ports, activate };
}
