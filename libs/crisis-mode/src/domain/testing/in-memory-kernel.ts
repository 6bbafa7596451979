import type {
  Actor,
  AuditEntry,
  AuditLog,
  CareRelations,
  TenantId,
  UnitOfWork,
} from '@lavterskel/kernel';

export const SKIEN = '4003' as TenantId;
export const OSLO = '0301' as TenantId;

export function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    subject: 'coordinator-kari',
    tenantId: SKIEN,
    roles: ['crisis-coordinator'],
    teamIds: [],
    ...overrides,
  };
}

/** An audit log that keeps what it was given, in order. */
export function recordingAudit(): AuditLog & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return {
    entries,
    record: async (entry) => void entries.push(entry),
    recordAll: async (batch) => void entries.push(...batch),
  };
}

/** Runs the work directly: the fakes have no transactions to join. */
export const directUnitOfWork: UnitOfWork = { run: (work) => work() };

/** `subject` serves the listed clients; nobody else serves anyone. */
export function careRelationsTo(subject: string, ...clientIds: string[]): CareRelations {
  return {
    hasCareRelation: async (who, clientId) =>
      who.subject === subject && clientIds.includes(clientId),
  };
}
