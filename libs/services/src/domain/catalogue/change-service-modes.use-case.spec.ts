import { fixedClock } from '@lavterskel/kernel';
import { ServicesErrorCode } from '../services-error';
import { aService } from '../testing/builders';
import { InMemoryServiceRepository } from '../testing/in-memory-catalogue';
import { SKIEN, actor, directUnitOfWork, recordingAudit } from '../testing/kernel-fakes';
import { ChangeServiceModes } from './change-service-modes.use-case';

describe('ChangeServiceModes', () => {
  const coordinator = actor({ subject: 'coordinator-kari', roles: ['crisis-coordinator'] });
  const setup = () => {
    const services = new InMemoryServiceRepository();
    const audit = recordingAudit();
    const lar = aService({ name: 'LAR-utdelingen' });
    const yoga = aService({ name: 'Aktivitetsgruppene', category: 'activity' });
    const ung = aService({ name: 'UNG-prosjektet', category: 'prevention', mode: 'closed' });
    services.rows.push(lar, yoga, ung);
    const clock = fixedClock('2026-11-23T09:00:00Z');
    return {
      services,
      audit,
      lar,
      yoga,
      ung,
      useCase: new ChangeServiceModes({ services, audit, unitOfWork: directUnitOfWork, clock }),
    };
  };

  it('switches every service, keeps a history entry and an audit entry per switch, skips those already in the mode', async () => {
    const { services, audit, lar, yoga, ung, useCase } = setup();
    const results = await useCase.execute({
      actor: coordinator,
      changes: [
        { serviceId: lar.id, mode: 'reduced', reason: ' Crisis level red ' },
        { serviceId: yoga.id.toUpperCase(), mode: 'outdoor-only', reason: 'Crisis level red' },
        { serviceId: ung.id, mode: 'closed', reason: 'Crisis level red' },
      ],
    });
    expect(
      results.map((result) => [
        result.service.id,
        result.service.mode,
        result.change?.fromMode ?? null,
      ]),
    ).toEqual([
      [lar.id, 'reduced', 'open'],
      [yoga.id, 'outdoor-only', 'open'],
      [ung.id, 'closed', null],
    ]);
    expect(services.rows.map((s) => [s.name, s.mode, s.version])).toEqual([
      ['LAR-utdelingen', 'reduced', 2],
      ['Aktivitetsgruppene', 'outdoor-only', 2],
      ['UNG-prosjektet', 'closed', 1],
    ]);
    expect(services.modeChanges).toEqual([
      expect.objectContaining({
        serviceId: lar.id,
        fromMode: 'open',
        toMode: 'reduced',
        reason: 'Crisis level red',
        changedBy: 'coordinator-kari',
      }),
      expect.objectContaining({ serviceId: yoga.id, fromMode: 'open', toMode: 'outdoor-only' }),
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'update',
        resourceType: 'service-mode',
        resourceId: lar.id,
      }),
      expect.objectContaining({
        action: 'update',
        resourceType: 'service-mode',
        resourceId: yoga.id,
      }),
    ]);
  });

  it('refuses the whole batch, naming the entry, for an unknown or foreign service, a bad mode, a repeat or a blank reason', async () => {
    const { services, audit, lar, yoga, useCase } = setup();
    const foreign = aService({ tenantId: '0301' as typeof SKIEN, name: 'Oslo' });
    services.rows.push(foreign);
    await expect(
      useCase.execute({
        actor: coordinator,
        changes: [
          { serviceId: lar.id, mode: 'closed', reason: 'red' },
          { serviceId: foreign.id, mode: 'closed', reason: 'red' },
        ],
      }),
    ).rejects.toMatchObject({
      code: ServicesErrorCode.UnknownReference,
      violations: [expect.objectContaining({ field: 'changes[1].serviceId', rule: 'exists' })],
    });
    await expect(
      useCase.execute({
        actor: coordinator,
        changes: [
          { serviceId: lar.id, mode: 'shut' as 'closed', reason: 'red' },
          { serviceId: lar.id, mode: 'closed', reason: '  ' },
          { serviceId: 'not-a-uuid', mode: 'closed', reason: 'red' },
          { serviceId: yoga.id, mode: 'closed', reason: 'red' },
        ],
      }),
    ).rejects.toMatchObject({
      code: ServicesErrorCode.InvalidInput,
      violations: [
        expect.objectContaining({ field: 'changes[0].mode', rule: 'one-of' }),
        expect.objectContaining({ field: 'changes[1].serviceId', rule: 'unique' }),
        expect.objectContaining({ field: 'changes[1].reason', rule: 'not-blank' }),
        expect.objectContaining({ field: 'changes[2].serviceId', rule: 'uuid' }),
      ],
    });
    expect(services.rows.map((s) => s.mode)).toEqual(['open', 'open', 'closed', 'open']);
    expect(services.modeChanges).toEqual([]);
    expect(audit.entries).toEqual([]);
  });

  it('does nothing for an empty batch', async () => {
    const { useCase, audit } = setup();
    expect(await useCase.execute({ actor: coordinator, changes: [] })).toEqual([]);
    expect(audit.entries).toEqual([]);
  });
});
