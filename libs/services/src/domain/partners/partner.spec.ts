import { partnerViolations } from './partner';

describe('partners', () => {
  it('names the field of a bad number, a blank name and an unknown kind', () => {
    expect(
      partnerViolations({
        name: ' ',
        kind: 'bank' as never,
        organisationNumber: '12345678',
        phone: null,
        email: null,
      }),
    ).toEqual([
      expect.objectContaining({ field: 'name', rule: 'not-blank' }),
      expect.objectContaining({ field: 'kind', rule: 'one-of' }),
      expect.objectContaining({ field: 'organisationNumber', rule: 'organisation-number' }),
    ]);
  });
});
