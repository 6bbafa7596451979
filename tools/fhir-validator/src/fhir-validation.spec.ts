import { fhirValidationErrors } from './fhir-validation';

describe('fhirValidationErrors', () => {
  it('accepts a valid Patient', () => {
    expect(
      fhirValidationErrors({
        resourceType: 'Patient',
        identifier: [{ system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '02013299997' }],
        name: [{ family: 'Nordmann', given: ['Kari'] }],
      }),
    ).toEqual([]);
  });

  it('names what is wrong, inside Bundle entries too', () => {
    const errors = fhirValidationErrors({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: { resourceType: 'Patient', nickname: 'x', birthDate: 'yesterday' } }],
    });
    expect(errors.join('\n')).toMatch(/Bundle\.entry\[0\]\.resource\.nickname/);
    expect(errors.join('\n')).toMatch(/birthDate/);
  });

  it('checks invariants, such as a Consent needing a policy', () => {
    expect(fhirValidationErrors({ resourceType: 'Consent', status: 'active' }).join('\n')).toMatch(/ppc-1/);
  });
});
