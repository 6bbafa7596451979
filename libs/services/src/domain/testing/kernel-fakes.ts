import type {
  Actor,
  AuditEntry,
  AuditLog,
  CareRelations,
  TenantId,
  UnitOfWork,
} from '@lavterskel/kernel';
import type { ClientDirectory } from '../shared/client-directory';

export const SKIEN = '4003' as TenantId;

export function actor(overrides: Partial<Actor> = {}): Actor {
  return { subject: 'nurse-anne', tenantId: SKIEN, roles: ['staff'], teamIds: [], ...overrides };
}

export function recordingAudit(): AuditLog & { entries: AuditEntry[] } {
  const entries: AuditEntry[] = [];
  return { entries, record: async (entry) => void entries.push(entry) };
}

/** Runs the work directly: the fakes have no transactions to join. */
export const directUnitOfWork: UnitOfWork = { run: (work) => work() };

/** The default actor (`nurse-anne`) serves the listed clients; nobody else serves anyone. */
export function careRelationsTo(...clientIds: string[]): CareRelations {
  return {
    hasCareRelation: async (who, clientId) =>
      who.subject === 'nurse-anne' && clientIds.includes(clientId),
  };
}

/**
 * The client registry in memory: the listed clients of SKIEN, and those added later; `flagViolenceRisk`
 * marks a known client as one staff meet two at a time.
 */
export function registryOf(
  ...clientIds: string[]
): ClientDirectory & { add(id: string): void; flagViolenceRisk(id: string): void } {
  const known = new Set(clientIds);
  const twoStaff = new Set<string>();
  const isKnown = (who: { tenantId: string }, clientId: string) =>
    who.tenantId === SKIEN && known.has(clientId);
  return {
    add: (id) => void known.add(id),
    flagViolenceRisk: (id) => void twoStaff.add(id),
    exists: async ({ actor: who, clientId }) => isKnown(who, clientId),
    requiresTwoStaff: async ({ actor: who, clientId }) =>
      isKnown(who, clientId) && twoStaff.has(clientId),
  };
}
