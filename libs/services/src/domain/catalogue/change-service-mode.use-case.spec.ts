import { KernelErrorCode, fixedClock } from '@lavterskel/kernel';
import { ServicesErrorCode } from '../services-error';
import { aService } from '../testing/builders';
import { InMemoryServiceRepository } from '../testing/in-memory-catalogue';
import { actor, directUnitOfWork, recordingAudit } from '../testing/kernel-fakes';
import { ChangeServiceMode } from './change-service-mode.use-case';

describe('ChangeServiceMode', () => {
  const coordinator = actor({ subject: 'coordinator-kari', roles: ['crisis-coordinator'] });
  const setup = () => {
    const services = new InMemoryServiceRepository();
    const audit = recordingAudit();
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const service = aService();
    services.rows.push(service);
    return {
      services,
      audit,
      service,
      useCase: new ChangeServiceMode({ services, audit, unitOfWork: directUnitOfWork, clock }),
    };
  };

  it('switches the mode, bumps the version and keeps who, when and why', async () => {
    const { services, audit, service, useCase } = setup();
    const result = await useCase.execute({
      actor: coordinator,
      serviceId: service.id,
      mode: 'delivery-only',
      reason: '  Outbreak: deliver food bags  ',
    });
    expect(result.service).toMatchObject({
      mode: 'delivery-only',
      version: 2,
      modeChangedAt: new Date('2026-11-23T09:00:00Z'),
    });
    expect(services.modeChanges).toEqual([
      expect.objectContaining({
        fromMode: 'open',
        toMode: 'delivery-only',
        reason: 'Outbreak: deliver food bags',
        changedBy: 'coordinator-kari',
      }),
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'update',
        resourceType: 'service-mode',
        resourceId: service.id,
      }),
    ]);
  });

  it('changes nothing, and writes no history, when the service already runs in that mode', async () => {
    const { services, audit, service, useCase } = setup();
    const result = await useCase.execute({
      actor: coordinator,
      serviceId: service.id,
      mode: 'open',
      reason: 'Back to normal',
    });
    expect(result).toEqual({ service, change: null });
    expect(services.modeChanges).toEqual([]);
    expect(audit.entries).toEqual([]);
  });

  it('refuses a stale version, an unknown mode, a blank reason and a service of another municipality', async () => {
    const { service, useCase } = setup();
    await expect(
      useCase.execute({
        actor: coordinator,
        serviceId: service.id,
        mode: 'closed',
        reason: 'x',
        expectedVersion: 7,
      }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.ConcurrentModification,
    });
    await expect(
      useCase.execute({
        actor: coordinator,
        serviceId: service.id,
        mode: 'half-open' as never,
        reason: ' ',
      }),
    ).rejects.toMatchObject({
      code: ServicesErrorCode.InvalidInput,
      violations: [
        expect.objectContaining({ field: 'mode' }),
        expect.objectContaining({ field: 'reason' }),
      ],
    });
    const oslo = actor({ tenantId: '0301' as never });
    await expect(
      useCase.execute({ actor: oslo, serviceId: service.id, mode: 'closed', reason: 'x' }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
  });
});
