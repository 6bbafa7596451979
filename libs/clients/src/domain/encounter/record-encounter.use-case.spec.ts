import { RegisterClient } from '../client/register-client.use-case';
import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { RecordVedtak } from '../vedtak/record-vedtak.use-case';
import { GetVedtakUsage } from '../vedtak/get-vedtak-usage.use-case';
import { ListEncounters } from './list-encounters.use-case';
import { RecordEncounter } from './record-encounter.use-case';

describe('contact log (CL-5) and hours used under a vedtak (CL-7)', () => {
  const anne = staffActor('nurse-anne');

  async function setUp() {
    const deps = inMemoryClients({ now: '2026-11-20T15:00:00Z' });
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    const vedtak = await new RecordVedtak(deps).execute({
      actor: anne,
      clientId: client.id,
      reference: '2026/77',
      service: 'Ambulant oppfølging',
      hoursPerWeek: 6,
      decidedOn: '2026-11-01',
      validFrom: '2026-11-02',
      validTo: null,
    });
    return { deps, client, vedtak };
  }
  const visit = {
    channel: 'home-visit' as const,
    outcome: 'attended' as const,
    topics: ['housing' as const],
    note: null,
  };

  it('logs encounters and no-shows, newest first, and counts attended minutes against the vedtak', async () => {
    const { deps, client, vedtak } = await setUp();
    const record = new RecordEncounter(deps);
    await record.execute({
      ...visit,
      actor: anne,
      clientId: client.id,
      occurredAt: new Date('2026-11-03T09:00:00Z'),
      durationMinutes: 90,
      vedtakId: vedtak.id,
    });
    await record.execute({
      ...visit,
      actor: anne,
      clientId: client.id,
      occurredAt: new Date('2026-11-04T09:00:00Z'),
      outcome: 'no-show',
      durationMinutes: null,
      vedtakId: vedtak.id,
    });
    await record.execute({
      ...visit,
      actor: anne,
      clientId: client.id,
      occurredAt: new Date('2026-11-10T09:00:00Z'),
      durationMinutes: 60,
      vedtakId: vedtak.id,
      channel: 'walk-and-talk',
    });

    const log = await new ListEncounters(deps).execute({
      actor: anne,
      clientId: client.id,
      page: {},
    });
    expect(log.items.map((encounter) => encounter.outcome)).toEqual([
      'attended',
      'no-show',
      'attended',
    ]);
    const usage = await new GetVedtakUsage(deps).execute({
      actor: anne,
      clientId: client.id,
      vedtakId: vedtak.id,
    });
    expect(usage).toMatchObject({ from: '2026-11-02', to: '2026-11-20', usedHours: 2.5 });
    expect(usage.weeks.map((week) => [week.weekStart, week.grantedHours, week.usedHours])).toEqual([
      ['2026-11-02', 6, 1.5],
      ['2026-11-09', 6, 1],
      ['2026-11-16', 4.29, 0],
    ]);
  });

  it('refuses a duration for a no-show, none for an attended visit, and a future time', async () => {
    const { deps, client } = await setUp();
    const record = new RecordEncounter(deps);
    await expect(
      record.execute({
        ...visit,
        actor: anne,
        clientId: client.id,
        occurredAt: new Date('2026-11-21T09:00:00Z'),
        durationMinutes: null,
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'occurredAt', rule: 'not-in-future' }),
        expect.objectContaining({ field: 'durationMinutes', rule: 'required-when-attended' }),
      ],
    });
    await expect(
      record.execute({
        ...visit,
        actor: anne,
        clientId: client.id,
        occurredAt: new Date('2026-11-19T09:00:00Z'),
        outcome: 'cancelled-by-client',
        durationMinutes: 30,
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'durationMinutes', rule: 'only-when-attended' }),
      ],
    });
    expect(deps.encounters.encounters).toEqual([]);
  });

  it('refuses a vedtak of another client, or one not valid that day', async () => {
    const { deps, client, vedtak } = await setUp();
    const other = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails({ alias: 'Other' }),
    });
    const record = new RecordEncounter(deps);
    await expect(
      record.execute({
        ...visit,
        actor: anne,
        clientId: other.id,
        occurredAt: new Date('2026-11-03T09:00:00Z'),
        durationMinutes: 30,
        vedtakId: vedtak.id,
      }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'vedtakId', rule: 'vedtak-of-client' })],
    });
    await expect(
      record.execute({
        ...visit,
        actor: anne,
        clientId: client.id,
        occurredAt: new Date('2026-11-01T09:00:00Z'),
        durationMinutes: 30,
        vedtakId: vedtak.id,
      }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'vedtakId', rule: 'valid-on-day' })],
    });
  });

  it('refuses a vedtak whose validity ends before it starts, or with hours that are not quarter hours', async () => {
    const { deps, client } = await setUp();
    await expect(
      new RecordVedtak(deps).execute({
        actor: anne,
        clientId: client.id,
        reference: null,
        service: 'Praktisk bistand',
        hoursPerWeek: 2.1,
        decidedOn: '2026-11-25',
        validFrom: '2026-12-01',
        validTo: '2026-11-30',
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'hoursPerWeek', rule: 'quarter-hours' }),
        expect.objectContaining({ field: 'decidedOn', rule: 'not-in-future' }),
        expect.objectContaining({ field: 'validTo', rule: 'not-before-valid-from' }),
      ],
    });
  });
});
