import { newId } from '@lavterskel/kernel';
import { RegisterClient } from '../client/register-client.use-case';
import { ClientsErrorCode } from '../clients-error';
import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import type { EncounterOutcome } from './encounter';
import { RecordEncounter } from './record-encounter.use-case';

describe('crisis rules in force (CR-7) on logging an encounter', () => {
  const anne = staffActor('nurse-anne');
  const serviceId = newId();

  async function setUp() {
    const deps = inMemoryClients({ now: '2026-11-20T15:00:00Z' });
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    const audited = deps.auditEntries.length;
    const record = (
      channel: 'office' | 'phone',
      outcome: EncounterOutcome = 'attended',
      service: string | null = serviceId,
    ) =>
      new RecordEncounter(deps).execute({
        actor: anne,
        clientId: client.id,
        serviceId: service,
        occurredAt: new Date('2026-11-20T09:00:00Z'),
        channel,
        outcome,
        durationMinutes: outcome === 'attended' ? 30 : null,
        topics: [],
        note: null,
      });
    return { deps, client, audited, record };
  }

  it('refuses an office encounter the level does not allow, naming the rule and the level, and writes nothing', async () => {
    const { deps, client, audited, record } = await setUp();
    deps.crisisRules.refuse('office');
    const error = await record('office').catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      code: ClientsErrorCode.RefusedByCrisisPolicy,
      details: { rule: 'channel-not-allowed', level: 'red', planVersion: 3 },
    });
    expect((error as Error).message).toMatch(/channel-not-allowed.*red/);
    expect(deps.encounters.encounters).toEqual([]);
    expect(deps.auditEntries).toHaveLength(audited);
    expect(deps.crisisRules.checks).toEqual([
      { actor: anne, clientId: client.id, serviceId, channel: 'office' },
    ]);
  });

  it('asks about the level’s rule for all services when the encounter names none, and keeps the service given', async () => {
    const { deps, record } = await setUp();
    deps.crisisRules.refuse('office');
    await expect(record('office', 'attended', null)).rejects.toMatchObject({
      code: ClientsErrorCode.RefusedByCrisisPolicy,
    });
    expect(deps.crisisRules.checks.at(-1)).toMatchObject({ serviceId: null });
    await expect(record('phone')).resolves.toMatchObject({ channel: 'phone', serviceId });
  });

  it('refuses a no-show of an office appointment but always logs a cancellation', async () => {
    const { deps, record } = await setUp();
    deps.crisisRules.refuse('office');
    await expect(record('office', 'no-show')).rejects.toMatchObject({
      code: ClientsErrorCode.RefusedByCrisisPolicy,
    });
    await expect(record('office', 'cancelled-by-service')).resolves.toMatchObject({
      outcome: 'cancelled-by-service',
    });
    expect(deps.encounters.encounters).toHaveLength(1);
  });

  it('logs the encounter for a client with an individual exception', async () => {
    const { deps, client, record } = await setUp();
    deps.crisisRules.refuse('office').except(client.id);
    await expect(record('office')).resolves.toMatchObject({ channel: 'office' });
    expect(deps.encounters.encounters).toHaveLength(1);
  });

  it('changes nothing without crisis rules: the default allows every encounter', async () => {
    const { deps, record } = await setUp();
    await record('office');
    await record('phone', 'no-show', null);
    expect(deps.encounters.encounters.map((encounter) => encounter.serviceId)).toEqual([
      serviceId,
      null,
    ]);
  });
});
