import {
  fixedClock,
  type Actor,
  type AuditEntry,
  type CareRelations,
  type TenantId,
} from '@lavterskel/kernel';
import type { ConsentDependencies } from '../consent-dependencies';
import { defaultVocabulary } from '../vocabulary';
import { InMemoryClientRoster } from './in-memory-client-roster';
import { InMemoryConsentRepository } from './in-memory-consent.repository';
import { InMemoryDisclosureRepository } from './in-memory-disclosure.repository';
import { InMemorySharingDecisionRepository } from './in-memory-sharing-decision.repository';

export const SKIEN = '4003' as TenantId;
export const OSLO = '0301' as TenantId;
export const NOW = '2026-11-23T09:00:00.000Z';

export function staffActor(overrides: Partial<Actor> = {}): Actor {
  return {
    subject: 'nurse-anne',
    tenantId: SKIEN,
    roles: ['staff'],
    teamIds: ['team-lar'],
    ...overrides,
  };
}

/** Care relations in memory: "subject|clientId" pairs. */
export class InMemoryCareRelations implements CareRelations {
  private readonly pairs = new Set<string>();

  relate(actor: Actor, clientId: string): this {
    this.pairs.add(`${actor.tenantId}|${actor.subject}|${clientId}`);
    return this;
  }

  async hasCareRelation(actor: Actor, clientId: string): Promise<boolean> {
    return this.pairs.has(`${actor.tenantId}|${actor.subject}|${clientId}`);
  }
}

/** Every port in memory, a fixed clock at NOW, and what they recorded. */
export function inMemoryConsentDependencies() {
  const fakes = {
    consents: new InMemoryConsentRepository(),
    decisions: new InMemorySharingDecisionRepository(),
    disclosures: new InMemoryDisclosureRepository(),
    roster: new InMemoryClientRoster(),
    careRelations: new InMemoryCareRelations(),
    auditEntries: [] as AuditEntry[],
    clock: fixedClock(NOW),
  };
  const deps: ConsentDependencies = {
    ...fakes,
    audit: { record: async (entry) => void fakes.auditEntries.push(entry) },
    unitOfWork: { run: (work) => work() },
    vocabulary: defaultVocabulary,
  };
  return { ...fakes, deps };
}
