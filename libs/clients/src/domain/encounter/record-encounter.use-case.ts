import { newId, osloDate } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import { ClientsError, ClientsErrorCode } from '../clients-error';
import type { Encounter, EncounterOutcome } from './encounter';
import type { ClientsCrisisRules, EncounterCheck } from './encounter-crisis-rules';
import { validateEncounterEntry, type EncounterEntry } from './encounter-rules';

export interface RecordEncounterInput extends ClientRecordRequest, EncounterEntry {
  /** The vedtak whose hours the encounter uses; it must be the client's and valid that day. */
  vedtakId?: string | null;
  /** The service the encounter belongs to (its crisis rules apply); default none. */
  serviceId?: string | null;
}

type Dependencies = Pick<
  ClientsDependencies,
  | 'clients'
  | 'encounters'
  | 'vedtak'
  | 'careRelations'
  | 'unitOfWork'
  | 'audit'
  | 'clock'
  | 'crisisRules'
>;

/** A cancellation brings nobody together: the crisis rules never stop it being logged. */
const CANCELLED: readonly EncounterOutcome[] = ['cancelled-by-client', 'cancelled-by-service'];

/**
 * CL-5: logs an encounter, a no-show or a cancellation. The crisis rules in force (CR-7) may
 * refuse an encounter on a channel the level does not allow (e.g. an office appointment while
 * the service runs remote), unless the client has an individual exception.
 */
export class RecordEncounter {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: RecordEncounterInput): Promise<Encounter> {
    const now = this.deps.clock.now();
    const violations = new Violations();
    const entry = validateEncounterEntry(input, { now }, violations);
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      const vedtakId = input.vedtakId ?? null;
      if (vedtakId !== null)
        await this.assertVedtakCovers(input, client.id, vedtakId, entry.occurredAt);
      const serviceId = input.serviceId ?? null;
      if (!CANCELLED.includes(entry.outcome)) {
        await assertEncounterAllowed(this.deps.crisisRules, {
          actor: input.actor,
          clientId: client.id,
          serviceId,
          channel: entry.channel,
        });
      }
      const encounter: Encounter = {
        ...entry,
        id: newId(),
        clientId: client.id,
        serviceId,
        vedtakId,
        intake: false,
        recordedBy: input.actor.subject,
        recordedAt: now,
      };
      await this.deps.encounters.insert(input.actor.tenantId, encounter);
      await this.deps.audit.record({
        actor: input.actor,
        action: 'create',
        resourceType: 'encounter',
        resourceId: encounter.id,
        clientId: client.id,
      });
      return encounter;
    });
  }

  private async assertVedtakCovers(
    input: RecordEncounterInput,
    clientId: string,
    vedtakId: string,
    occurredAt: Date,
  ): Promise<void> {
    const vedtak = await this.deps.vedtak.find(input.actor.tenantId, clientId, vedtakId);
    const day = osloDate(occurredAt);
    const violations = new Violations();
    if (!vedtak) violations.add('vedtakId', 'vedtak-of-client', 'must be a vedtak of this client');
    else if (day < vedtak.validFrom || (vedtak.validTo !== null && day > vedtak.validTo)) {
      violations.add(
        'vedtakId',
        'valid-on-day',
        'must be a vedtak valid on the day of the encounter',
      );
    }
    violations.throwIfAny();
  }
}

/** Nothing is written yet when this refuses: the problem names the rule and the level. */
async function assertEncounterAllowed(
  rules: ClientsCrisisRules,
  check: EncounterCheck,
): Promise<void> {
  const verdict = await rules.checkEncounter(check);
  if (verdict.allowed) return;
  throw new ClientsError(
    ClientsErrorCode.RefusedByCrisisPolicy,
    `Refused by the crisis rule ${verdict.rule} at level ${verdict.level}: ${verdict.message}`,
    [],
    { rule: verdict.rule, level: verdict.level, planVersion: verdict.planVersion },
  );
}
