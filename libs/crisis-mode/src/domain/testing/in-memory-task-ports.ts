import { fixedClock, type Actor, type AuditEntry, type TenantId } from '@lavterskel/kernel';
import type { CrisisModePorts } from '../crisis-mode-ports';
import { InMemoryFollowUpTaskRepository } from './in-memory-follow-up-task.repository';

export interface InMemoryTaskPorts extends Pick<
  CrisisModePorts,
  'tasks' | 'careRelations' | 'audit' | 'unitOfWork'
> {
  tasks: InMemoryFollowUpTaskRepository;
  clock: ReturnType<typeof fixedClock>;
  auditEntries: AuditEntry[];
  /** Gives `actor` a care relation to each client. */
  relate(actor: Actor, ...clientIds: string[]): void;
}

/**
 * What the task use cases need, in memory: the fake repository, an audit trail, care relations
 * and a unit of work that drops the audit entries of work that throws.
 */
export function inMemoryTaskPorts(now = '2026-11-23T09:00:00Z'): InMemoryTaskPorts {
  const relations = new Set<string>();
  const auditEntries: AuditEntry[] = [];
  return {
    tasks: new InMemoryFollowUpTaskRepository(),
    clock: fixedClock(now),
    auditEntries,
    relate: (actor, ...clientIds) =>
      clientIds.forEach((clientId) => relations.add(`${actor.subject} ${clientId}`)),
    careRelations: {
      hasCareRelation: async (actor, clientId) => relations.has(`${actor.subject} ${clientId}`),
    },
    audit: { record: async (entry) => void auditEntries.push(entry) },
    unitOfWork: {
      async run(work) {
        const audited = auditEntries.length;
        try {
          return await work();
        } catch (error) {
          auditEntries.length = audited;
          throw error;
        }
      },
    },
  };
}

export const SKIEN = '4003' as TenantId;
export const OSLO = '0301' as TenantId;

/** A staff member in Skien on one team, unless told otherwise. */
export function taskActor(overrides: Partial<Actor> = {}): Actor {
  return {
    subject: 'nurse-anne',
    tenantId: SKIEN,
    roles: ['staff'],
    teamIds: ['7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b'],
    ...overrides,
  };
}
