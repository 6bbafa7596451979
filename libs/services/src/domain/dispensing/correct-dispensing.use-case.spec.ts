import { fixedClock } from '@lavterskel/kernel';
import { noServicesCrisisRules } from '../crisis-rules/services-crisis-rules';
import { ServicesErrorCode } from '../services-error';
import { aPrescription } from '../testing/builders';
import {
  InMemoryDispensingRepository,
  InMemoryPrescriptionRepository,
} from '../testing/in-memory-dispensing';
import { actor, careRelationsTo, directUnitOfWork, recordingAudit } from '../testing/kernel-fakes';
import { CorrectDispensing } from './correct-dispensing.use-case';
import { RecordDispensing } from './record-dispensing.use-case';
import { VoidDispensing } from './void-dispensing.use-case';

describe('correcting and voiding a dispensing', () => {
  const nurse = actor();
  const setup = async () => {
    const prescription = aPrescription();
    const prescriptions = new InMemoryPrescriptionRepository();
    prescriptions.rows.push(prescription);
    const dispensings = new InMemoryDispensingRepository();
    const ports = {
      prescriptions,
      dispensings,
      audit: recordingAudit(),
      careRelations: careRelationsTo(prescription.clientId),
      unitOfWork: directUnitOfWork,
      clock: fixedClock('2026-11-23T09:00:00Z'),
      crisisRules: noServicesCrisisRules,
    };
    const original = await new RecordDispensing(ports).execute({
      actor: nurse,
      prescriptionId: prescription.id,
      channel: 'counter',
      doseMg: 40,
    });
    return {
      dispensings,
      original,
      correct: new CorrectDispensing(ports),
      voidIt: new VoidDispensing(ports),
    };
  };

  it('voids the old event with the reason and records a new one; nothing is changed in place', async () => {
    const { dispensings, original, correct } = await setup();
    const { voided, correction } = await correct.execute({
      actor: nurse,
      eventId: original.id,
      reason: 'Dose was 60 mg, typed 40',
      doseMg: 60,
    });
    expect(voided).toMatchObject({
      id: original.id,
      doseMg: 40,
      voided: { reason: 'Dose was 60 mg, typed 40', by: 'nurse-anne' },
    });
    expect(correction).toMatchObject({
      doseMg: 60,
      channel: 'counter',
      day: original.day,
      correctsEventId: original.id,
      voided: null,
    });
    expect(dispensings.rows.map((e) => [e.doseMg, e.voided === null])).toEqual([
      [40, false],
      [60, true],
    ]);
  });

  it('refuses to correct or void an event twice', async () => {
    const { original, correct, voidIt } = await setup();
    await voidIt.execute({
      actor: nurse,
      eventId: original.id,
      reason: 'Registered on the wrong client',
    });
    await expect(
      voidIt.execute({ actor: nurse, eventId: original.id, reason: 'again' }),
    ).rejects.toMatchObject({ code: ServicesErrorCode.AlreadyVoided });
    await expect(
      correct.execute({ actor: nurse, eventId: original.id, reason: 'again' }),
    ).rejects.toMatchObject({ code: ServicesErrorCode.AlreadyVoided });
  });

  it('needs a reason', async () => {
    const { original, correct } = await setup();
    await expect(
      correct.execute({ actor: nurse, eventId: original.id, reason: '  ' }),
    ).rejects.toMatchObject({
      code: ServicesErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'reason', rule: 'not-blank' })],
    });
  });
});
