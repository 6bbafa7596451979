import { fixedClock, newId } from '@lavterskel/kernel';
import { RecordDispensing } from '../dispensing/record-dispensing.use-case';
import { EnrolClient } from '../enrolment/enrol-client.use-case';
import { RecordHealthMeasure } from '../health/record-health-measure.use-case';
import { ServicesErrorCode } from '../services-error';
import { LAR_TEAM, aPrescription, aService } from '../testing/builders';
import { InMemoryServiceRepository } from '../testing/in-memory-catalogue';
import { InMemoryCrisisRules } from '../testing/in-memory-crisis-rules';
import {
  InMemoryDispensingRepository,
  InMemoryPrescriptionRepository,
} from '../testing/in-memory-dispensing';
import { InMemoryEnrolmentRepository } from '../testing/in-memory-enrolments';
import { InMemoryHealthMeasureRepository } from '../testing/in-memory-health-measures';
import {
  actor,
  careRelationsTo,
  directUnitOfWork,
  recordingAudit,
  registryOf,
} from '../testing/kernel-fakes';
import { noServicesCrisisRules, type ServicesCrisisRules } from './services-crisis-rules';

describe('crisis rules in force (CR-7) in enrolment, health measures and dispensing', () => {
  const larNurse = actor({ teamIds: [LAR_TEAM] });
  const refusal = {
    code: ServicesErrorCode.RefusedByCrisisPolicy,
    details: { rule: expect.any(String), level: 'red', planVersion: 3 },
  };

  const setup = (crisisRules: ServicesCrisisRules) => {
    const services = new InMemoryServiceRepository();
    const service = aService();
    services.rows.push(service);
    const prescription = aPrescription({ serviceId: service.id });
    const prescriptions = new InMemoryPrescriptionRepository();
    prescriptions.rows.push(prescription);
    const clientId = newId();
    const ports = {
      services,
      enrolments: new InMemoryEnrolmentRepository(services),
      healthMeasures: new InMemoryHealthMeasureRepository(),
      prescriptions,
      dispensings: new InMemoryDispensingRepository(),
      audit: recordingAudit(),
      clientDirectory: registryOf(clientId, prescription.clientId),
      careRelations: careRelationsTo(clientId, prescription.clientId),
      unitOfWork: directUnitOfWork,
      clock: fixedClock('2026-11-23T09:00:00Z'),
      crisisRules,
    };
    return {
      ...ports,
      service,
      prescription,
      clientId,
      enrol: () =>
        new EnrolClient(ports).execute({
          actor: larNurse,
          serviceId: service.id,
          clientId,
          reason: 'Referred by TSB',
        }),
      urineTest: (requestedBy: 'self' | 'child-welfare') =>
        new RecordHealthMeasure(ports).execute({
          actor: larNurse,
          serviceId: service.id,
          clientId,
          kind: 'test',
          code: 'urine-test',
          result: 'pending',
          requestedBy,
        }),
      dispense: () =>
        new RecordDispensing(ports).execute({
          actor: larNurse,
          prescriptionId: prescription.id,
          channel: 'counter',
        }),
    };
  };

  it('refuses an enrolment the rules forbid with the rule and the level, and writes nothing', async () => {
    const rules = new InMemoryCrisisRules().refuse('enrolment', 'service-closed');
    const { enrol, enrolments, audit, service, clientId } = setup(rules);
    const error = await enrol().catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      ...refusal,
      details: { rule: 'service-closed', level: 'red', planVersion: 3 },
    });
    expect((error as Error).message).toMatch(/service-closed.*red/);
    expect(enrolments.rows).toEqual([]);
    expect(audit.entries).toEqual([]);
    expect(rules.requests).toEqual([
      { actor: larNurse, serviceId: service.id, clientId, activity: { kind: 'enrolment' } },
    ]);
  });

  it('refuses a restricted health measure, naming the requester in the question, and writes nothing', async () => {
    const rules = new InMemoryCrisisRules().refuse('health-measure', 'health-measure-requester');
    const { urineTest, healthMeasures, audit } = setup(rules);
    await expect(urineTest('self')).rejects.toMatchObject(refusal);
    expect(healthMeasures.rows).toEqual([]);
    expect(audit.entries).toEqual([]);
    expect(rules.requests.map((request) => request.activity)).toEqual([
      { kind: 'health-measure', code: 'urine-test', requestedBy: 'self' },
    ]);
  });

  it('refuses a dispensing on a channel the rules forbid, at the prescription’s service', async () => {
    const rules = new InMemoryCrisisRules().refuse('dispensing', 'dispensing-channel');
    const { dispense, dispensings, audit, prescription } = setup(rules);
    await expect(dispense()).rejects.toMatchObject(refusal);
    expect(
      await dispensings.listForPrescription(prescription.tenantId, prescription.id, {}),
    ).toMatchObject({ items: [] });
    expect(audit.entries).toEqual([]);
    expect(rules.requests).toEqual([
      expect.objectContaining({
        serviceId: prescription.serviceId,
        clientId: prescription.clientId,
        activity: { kind: 'dispensing', channel: 'counter' },
      }),
    ]);
  });

  it('records all three for a client the rules let through (an individual exception)', async () => {
    const rules = new InMemoryCrisisRules()
      .refuse('enrolment', 'service-closed')
      .refuse('health-measure', 'health-measure-requester');
    const { enrol, urineTest, clientId, enrolments, healthMeasures } = setup(rules);
    rules.except(clientId);
    await enrol();
    const measure = await urineTest('self');
    expect(enrolments.rows).toHaveLength(1);
    expect(healthMeasures.rows).toEqual([measure]);
    expect(measure).toMatchObject({ code: 'urine-test', requestedBy: 'self' });
  });

  it('changes nothing without crisis rules (the default allows everything)', async () => {
    const { enrol, urineTest, dispense, enrolments, healthMeasures, audit } =
      setup(noServicesCrisisRules);
    await enrol();
    await urineTest('child-welfare');
    await dispense();
    expect(enrolments.rows).toHaveLength(1);
    expect(healthMeasures.rows).toHaveLength(1);
    expect(audit.entries.map((entry) => entry.resourceType)).toEqual([
      'enrolment',
      'health-measure',
      'dispensing',
    ]);
  });
});
