import { newId } from '@lavterskel/kernel';
import { ServicesErrorCode } from '../services-error';
import { InMemoryServiceRepository } from '../testing/in-memory-catalogue';
import { InMemoryEnrolmentRepository } from '../testing/in-memory-enrolments';
import { SKIEN, actor, directUnitOfWork, recordingAudit } from '../testing/kernel-fakes';
import type { Enrolment } from './enrolment';
import { ListActiveEnrolments } from './list-active-enrolments.use-case';

describe('ListActiveEnrolments', () => {
  const coordinator = actor({ subject: 'coordinator-kari', roles: ['crisis-coordinator'] });
  const lar = newId();
  const yoga = newId();
  const ung = newId();
  const [anne, bo, cato] = [newId(), newId(), newId()];
  const enrolment = (overrides: Partial<Enrolment>): Enrolment => ({
    id: newId(),
    tenantId: SKIEN,
    clientId: anne,
    serviceId: lar,
    startedOn: '2026-11-01',
    endedOn: null,
    reason: 'referral',
    endReason: null,
    createdBy: 'nurse-anne',
    createdAt: new Date('2026-11-01T08:00:00Z'),
    version: 1,
    ...overrides,
  });
  const setup = () => {
    const enrolments = new InMemoryEnrolmentRepository(new InMemoryServiceRepository());
    enrolments.rows.push(
      enrolment({ clientId: anne, serviceId: lar }),
      enrolment({ clientId: bo, serviceId: lar }),
      enrolment({ clientId: bo, serviceId: yoga }),
      // ended before the day, starts after it, or in another municipality: not in force
      enrolment({ clientId: cato, serviceId: yoga, endedOn: '2026-11-20' }),
      enrolment({ clientId: cato, serviceId: lar, startedOn: '2026-11-24' }),
      enrolment({ clientId: cato, serviceId: ung, tenantId: '0301' as typeof SKIEN }),
    );
    const audit = recordingAudit();
    return {
      audit,
      useCase: new ListActiveEnrolments({ enrolments, audit, unitOfWork: directUnitOfWork }),
    };
  };

  it('lists the enrolments in force on the day across many services, audited as one search naming each client once', async () => {
    const { useCase, audit } = setup();
    const found = await useCase.execute({
      actor: coordinator,
      on: '2026-11-23',
      serviceIds: [lar, yoga, ung],
      purpose: 'crisis activation',
    });
    expect(found.map((e) => [e.serviceId, e.clientId]).sort()).toEqual(
      [
        [lar, anne],
        [lar, bo],
        [yoga, bo],
      ].sort(),
    );
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'search',
        resourceType: 'enrolment',
        reason: 'crisis activation',
        clientIds: expect.arrayContaining([anne, bo]),
      }),
    ]);
    expect(audit.entries[0]?.clientIds).toHaveLength(2);
  });

  it('lists one client’s services, and nothing for an empty filter', async () => {
    const { useCase } = setup();
    const ofBo = await useCase.execute({ actor: coordinator, on: '2026-11-23', clientIds: [bo] });
    expect(ofBo.map((e) => e.serviceId).sort()).toEqual([lar, yoga].sort());
    expect(await useCase.execute({ actor: coordinator, on: '2026-11-23', serviceIds: [] })).toEqual(
      [],
    );
  });

  it('refuses a missing filter, a bad day and ids that are not UUIDs', async () => {
    const { useCase, audit } = setup();
    await expect(
      useCase.execute({ actor: coordinator, on: '2026-02-30', clientIds: ['x'] }),
    ).rejects.toMatchObject({
      code: ServicesErrorCode.InvalidInput,
      violations: [
        expect.objectContaining({ field: 'on', rule: 'calendar-date' }),
        expect.objectContaining({ field: 'clientIds[0]', rule: 'uuid' }),
      ],
    });
    await expect(useCase.execute({ actor: coordinator, on: '2026-11-23' })).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'serviceIds', rule: 'required' })],
    });
    expect(audit.entries).toEqual([]);
  });
});
