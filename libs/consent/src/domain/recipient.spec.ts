import { parseRecipient } from './recipient';

const field = 'recipients[0]';

describe('parseRecipient', () => {
  it('reads each kind of recipient, trimmed and without foreign fields', () => {
    expect(
      parseRecipient(
        { type: 'organisation', organisationNumber: '889640782', name: ' NAV ' },
        { field, nameRequired: true },
      ),
    ).toEqual({
      recipient: { type: 'organisation', organisationNumber: '889640782', name: 'NAV' },
      violations: [],
    });
    expect(
      parseRecipient(
        { type: 'role', organisationNumber: '983971636', role: 'lar-doctor' },
        { field, nameRequired: false },
      ).recipient,
    ).toEqual({
      type: 'role',
      organisationNumber: '983971636',
      role: 'lar-doctor',
    });
    expect(
      parseRecipient(
        {
          type: 'person',
          personId: '0F9A3C4E-5B6D-4E7F-8A9B-0C1D2E3F4A5B',
          name: 'Kari',
          relationship: 'mother',
        },
        { field, nameRequired: true },
      ).recipient,
    ).toEqual({
      type: 'person',
      personId: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      name: 'Kari',
      relationship: 'mother',
    });
  });

  it.each([
    [
      { type: 'organisation', organisationNumber: '889640783', name: 'NAV' },
      'recipients[0].organisationNumber',
      'organisation-number',
    ],
    [
      { type: 'role', organisationNumber: '889640782', role: 'Case Worker', name: 'NAV' },
      'recipients[0].role',
      'role-code',
    ],
    [{ type: 'person', personId: 'kari', name: 'Kari' }, 'recipients[0].personId', 'uuid'],
    [{ type: 'organisation', organisationNumber: '889640782' }, 'recipients[0].name', 'required'],
    [
      {
        type: 'organisation',
        organisationNumber: '889640782',
        name: 'NAV',
        personId: '0f9a3c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b',
      },
      'recipients[0].personId',
      'not-allowed',
    ],
    [{ type: 'team', name: 'NAV' }, 'recipients[0].type', 'recipient-type'],
  ] as const)('names the broken rule of %p', (input, brokenField, rule) => {
    const parsed = parseRecipient(input as never, { field, nameRequired: true });
    expect(parsed.recipient).toBeUndefined();
    expect(parsed.violations).toContainEqual(expect.objectContaining({ field: brokenField, rule }));
  });
});
