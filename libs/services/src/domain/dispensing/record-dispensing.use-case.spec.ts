import { KernelErrorCode, fixedClock } from '@lavterskel/kernel';
import { noServicesCrisisRules } from '../crisis-rules/services-crisis-rules';
import { ServicesErrorCode } from '../services-error';
import { aPrescription } from '../testing/builders';
import {
  InMemoryDispensingRepository,
  InMemoryPrescriptionRepository,
} from '../testing/in-memory-dispensing';
import { actor, careRelationsTo, directUnitOfWork, recordingAudit } from '../testing/kernel-fakes';
import { RecordDispensing } from './record-dispensing.use-case';

describe('RecordDispensing', () => {
  const nurse = actor();
  const setup = (now = '2026-11-23T08:00:00Z') => {
    const prescription = aPrescription();
    const prescriptions = new InMemoryPrescriptionRepository();
    prescriptions.rows.push(prescription);
    const dispensings = new InMemoryDispensingRepository();
    const audit = recordingAudit();
    const useCase = new RecordDispensing({
      prescriptions,
      dispensings,
      audit,
      careRelations: careRelationsTo(prescription.clientId),
      unitOfWork: directUnitOfWork,
      clock: fixedClock(now),
      crisisRules: noServicesCrisisRules,
    });
    return { prescription, dispensings, audit, useCase };
  };

  it('records the daily dose on the Oslo day, and audits it for the client', async () => {
    const { prescription, dispensings, audit, useCase } = setup('2026-11-22T23:30:00Z');
    const event = await useCase.execute({
      actor: nurse,
      prescriptionId: prescription.id,
      channel: 'hatch',
    });
    expect(event).toMatchObject({
      day: '2026-11-23',
      doseMg: 60,
      channel: 'hatch',
      dispensedBy: 'nurse-anne',
      voided: null,
    });
    expect(dispensings.rows).toHaveLength(1);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'create',
        resourceType: 'dispensing',
        clientId: prescription.clientId,
      }),
    ]);
  });

  it('refuses a second dispensing of the prescription on the same day', async () => {
    const { prescription, useCase } = setup();
    await useCase.execute({ actor: nurse, prescriptionId: prescription.id, channel: 'counter' });
    await expect(
      useCase.execute({
        actor: nurse,
        prescriptionId: prescription.id,
        channel: 'counter',
        doseMg: 30,
      }),
    ).rejects.toMatchObject({
      code: ServicesErrorCode.AlreadyDispensed,
      violations: [expect.objectContaining({ field: 'prescriptionId', rule: 'once-per-day' })],
    });
  });

  it('refuses a day outside the prescription period, a dose above the daily dose, a negative dose and the future', async () => {
    const { prescription, dispensings, useCase } = setup();
    const attempt = (extra: object) =>
      useCase.execute({
        actor: nurse,
        prescriptionId: prescription.id,
        channel: 'counter',
        ...extra,
      });
    await expect(attempt({ dispensedAt: new Date('2026-10-31T12:00:00Z') })).rejects.toMatchObject({
      code: ServicesErrorCode.OutsidePrescriptionPeriod,
      violations: [
        expect.objectContaining({ field: 'dispensedAt', rule: 'within-prescription-period' }),
      ],
    });
    await expect(attempt({ doseMg: 61 })).rejects.toMatchObject({
      code: ServicesErrorCode.DoseExceedsPrescription,
    });
    await expect(attempt({ doseMg: -1 })).rejects.toMatchObject({
      code: ServicesErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'doseMg' })],
    });
    await expect(attempt({ dispensedAt: new Date('2026-11-23T09:00:00Z') })).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'dispensedAt', rule: 'not-in-future' })],
    });
    expect(dispensings.rows).toEqual([]);
  });

  it('answers as if the prescription did not exist without a care relation or a break-glass reason', async () => {
    const { prescription, useCase, audit } = setup();
    await expect(
      useCase.execute({
        actor: actor({ subject: 'stranger' }),
        prescriptionId: prescription.id,
        channel: 'counter',
      }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
      message: 'No prescription with this id.',
    });
    await useCase.execute({
      actor: actor({ subject: 'stranger' }),
      prescriptionId: prescription.id,
      channel: 'counter',
      breakGlassReason: 'Regular nurse off sick, client waiting',
    });
    expect(audit.entries.map((entry) => entry.action)).toEqual(['break-glass', 'create']);
  });
});
