import { KernelErrorCode, fixedClock, newId } from '@lavterskel/kernel';
import { noServicesCrisisRules } from '../crisis-rules/services-crisis-rules';
import { ServicesErrorCode } from '../services-error';
import { LAR_TEAM, aService } from '../testing/builders';
import { InMemoryServiceRepository } from '../testing/in-memory-catalogue';
import { InMemoryEnrolmentRepository } from '../testing/in-memory-enrolments';
import { actor, careRelationsTo, directUnitOfWork, recordingAudit } from '../testing/kernel-fakes';
import { EnrolClient } from './enrol-client.use-case';
import { EnrolmentCareRelations } from './enrolment-care-relations';

describe('enrolment and the care relation it creates', () => {
  const setup = () => {
    const services = new InMemoryServiceRepository();
    const service = aService();
    services.rows.push(service);
    const enrolments = new InMemoryEnrolmentRepository(services);
    const clock = fixedClock('2026-11-23T09:00:00Z');
    const audit = recordingAudit();
    const enrol = new EnrolClient({
      services,
      enrolments,
      audit,
      careRelations: careRelationsTo(),
      unitOfWork: directUnitOfWork,
      clock,
      crisisRules: noServicesCrisisRules,
    });
    return {
      service,
      enrolments,
      audit,
      enrol,
      relations: new EnrolmentCareRelations({ enrolments, clock }),
    };
  };
  const larNurse = actor({ teamIds: [LAR_TEAM] });

  it('lets the team that runs the service enrol a new client, which gives the team a care relation', async () => {
    const { service, enrol, relations, audit } = setup();
    const clientId = newId();
    expect(await relations.hasCareRelation(larNurse, clientId)).toBe(false);
    const enrolment = await enrol.execute({
      actor: larNurse,
      serviceId: service.id,
      clientId,
      reason: 'Referred by TSB for LAR',
    });
    expect(enrolment).toMatchObject({ startedOn: '2026-11-23', endedOn: null, version: 1 });
    expect(await relations.hasCareRelation(larNurse, clientId)).toBe(true);
    expect(await relations.hasCareRelation(actor({ teamIds: [newId()] }), clientId)).toBe(false);
    expect(await relations.hasCareRelation(actor({ teamIds: ['team-lar'] }), clientId)).toBe(false);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'create', resourceType: 'enrolment', clientId }),
    ]);
  });

  it('has no care relation before the start or after the end of an enrolment', async () => {
    const { service, enrolments, relations } = setup();
    const clientId = newId();
    const base = {
      tenantId: service.tenantId,
      serviceId: service.id,
      clientId,
      reason: 'r',
      endReason: null,
      createdBy: 'n',
      createdAt: new Date(),
      version: 1,
    };
    await enrolments.insert({ ...base, id: newId(), startedOn: '2026-11-24', endedOn: null });
    await enrolments.insert({
      ...base,
      id: newId(),
      startedOn: '2026-01-01',
      endedOn: '2026-11-22',
    });
    expect(await relations.hasCareRelation(larNurse, clientId)).toBe(false);
  });

  it('refuses a second open enrolment, and outsiders without a care relation', async () => {
    const { service, enrol } = setup();
    const clientId = newId();
    await enrol.execute({ actor: larNurse, serviceId: service.id, clientId, reason: 'Intake' });
    await expect(
      enrol.execute({ actor: larNurse, serviceId: service.id, clientId, reason: 'Again' }),
    ).rejects.toMatchObject({ code: ServicesErrorCode.AlreadyEnrolled });
    await expect(
      enrol.execute({ actor: actor(), serviceId: service.id, clientId: newId(), reason: 'Intake' }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
  });
});
