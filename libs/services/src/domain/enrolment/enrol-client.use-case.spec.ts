import { KernelErrorCode, fixedClock, newId } from '@lavterskel/kernel';
import { noServicesCrisisRules } from '../crisis-rules/services-crisis-rules';
import { ServicesErrorCode } from '../services-error';
import { LAR_TEAM, aService } from '../testing/builders';
import { InMemoryServiceRepository } from '../testing/in-memory-catalogue';
import { InMemoryEnrolmentRepository } from '../testing/in-memory-enrolments';
import {
  actor,
  careRelationsTo,
  directUnitOfWork,
  recordingAudit,
  registryOf,
} from '../testing/kernel-fakes';
import { EnrolClient } from './enrol-client.use-case';
import { EnrolmentCareRelations } from './enrolment-care-relations';

describe('enrolment and the care relation it creates', () => {
  const registered = newId();
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
      clientDirectory: registryOf(registered),
      careRelations: careRelationsTo(registered),
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

  const teamMate = actor({ subject: 'nurse-bo', teamIds: [LAR_TEAM] });

  it("lets the client's primary contact enrol them in their team's service, which gives the team a care relation", async () => {
    const { service, enrol, relations, audit } = setup();
    const clientId = registered;
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
    expect(await relations.hasCareRelation(teamMate, clientId)).toBe(true);
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

  it('refuses a second open enrolment', async () => {
    const { service, enrol } = setup();
    const clientId = registered;
    await enrol.execute({ actor: larNurse, serviceId: service.id, clientId, reason: 'Intake' });
    await expect(
      enrol.execute({ actor: larNurse, serviceId: service.id, clientId, reason: 'Again' }),
    ).rejects.toMatchObject({ code: ServicesErrorCode.AlreadyEnrolled });
  });

  it("does not let the service's own team take in a client it cannot see: 404, nothing written", async () => {
    const { service, enrol, enrolments, audit } = setup();
    for (const who of [teamMate, actor({ subject: 'coach-ola' })]) {
      await expect(
        enrol.execute({
          actor: who,
          serviceId: service.id,
          clientId: registered,
          reason: 'Intake',
        }),
      ).rejects.toMatchObject({
        code: KernelErrorCode.NotFound,
        message: expect.stringMatching(/client/i),
      });
    }
    expect(enrolments.rows).toEqual([]);
    expect(audit.entries).toEqual([]);
  });

  it('lets a team member without a care relation enrol on a break-glass reason, audited as break-glass', async () => {
    const { service, enrol, audit } = setup();
    const short = enrol.execute({
      actor: teamMate,
      serviceId: service.id,
      clientId: registered,
      reason: 'Intake',
      breakGlassReason: 'urgent',
    });
    await expect(short).rejects.toMatchObject({ code: KernelErrorCode.BreakGlassReasonTooShort });
    const enrolment = await enrol.execute({
      actor: teamMate,
      serviceId: service.id,
      clientId: registered,
      reason: 'Intake',
      breakGlassReason: 'Primary contact is on sick leave; starting LAR today',
    });
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'break-glass',
        actor: teamMate,
        clientId: registered,
        reason: 'Primary contact is on sick leave; starting LAR today',
      }),
      expect.objectContaining({ action: 'create', resourceId: enrolment.id, clientId: registered }),
    ]);
  });

  it('refuses a client id the registry does not know, even with a break-glass reason', async () => {
    const { service, enrol, enrolments, audit } = setup();
    const unknown = enrol.execute({
      actor: larNurse,
      serviceId: service.id,
      clientId: newId(),
      reason: 'Intake',
      breakGlassReason: 'Client says they are registered here',
    });
    await expect(unknown).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    expect(enrolments.rows).toEqual([]);
    expect(audit.entries).toEqual([]);
  });
});
