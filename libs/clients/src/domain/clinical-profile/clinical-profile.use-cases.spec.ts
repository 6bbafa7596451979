import { RegisterClient } from '../client/register-client.use-case';
import { pseudonymousClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import { normaliseIcd10 } from './clinical-profile-rules';
import { CreateClinicalProfile } from './create-clinical-profile.use-case';
import { UpdateClinicalProfile } from './update-clinical-profile.use-case';

describe('minimal clinical profile (CL-11)', () => {
  const anne = staffActor('nurse-anne');

  it('normalises ICD-10 codes', () => {
    expect(normaliseIcd10(' f112 ')).toBe('F11.2');
    expect(normaliseIcd10('F20')).toBe('F20');
    expect(normaliseIcd10('F10.24')).toBe('F10.24');
  });

  it('keeps diagnoses only with the purpose the service needs them for', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    await expect(
      new CreateClinicalProfile(deps).execute({
        actor: anne,
        clientId: client.id,
        mainSubstances: ['opioids'],
        rop: true,
        diagnoses: ['F11.2'],
        diagnosesPurpose: null,
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'diagnosesPurpose', rule: 'required-with-diagnoses' }),
      ],
    });

    const profile = await new CreateClinicalProfile(deps).execute({
      actor: anne,
      clientId: client.id,
      mainSubstances: ['opioids', 'benzodiazepines'],
      rop: true,
      diagnoses: ['f112'],
      diagnosesPurpose: 'Referral to TSB for LAR',
    });
    expect(profile).toMatchObject({ diagnoses: ['F11.2'], version: 1 });
    const updated = await new UpdateClinicalProfile(deps).execute({
      actor: anne,
      clientId: client.id,
      mainSubstances: ['opioids'],
      rop: null,
      diagnoses: [],
      diagnosesPurpose: null,
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({ version: 2, rop: null, diagnoses: [] });
  });

  it('refuses codes that are not ICD-10, and repeats', async () => {
    const deps = inMemoryClients();
    const client = await new RegisterClient(deps).execute({
      actor: anne,
      details: pseudonymousClientDetails(),
    });
    await expect(
      new CreateClinicalProfile(deps).execute({
        actor: anne,
        clientId: client.id,
        mainSubstances: ['alcohol', 'alcohol'],
        rop: false,
        diagnoses: ['schizophrenia', 'F20', 'f20'],
        diagnosesPurpose: 'Coordination with DPS',
      }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'mainSubstances', rule: 'unique-items' }),
        expect.objectContaining({ field: 'diagnoses[0]', rule: 'icd-10' }),
        expect.objectContaining({ field: 'diagnoses', rule: 'unique-items' }),
      ],
    });
  });
});
