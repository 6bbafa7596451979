import { SqlClientMergeParticipant } from './sql-client-merge-participant';

describe('SqlClientMergeParticipant', () => {
  const manager = () => {
    throw new Error('no database in this test');
  };

  it('takes schema-qualified tables and plain column names', () => {
    expect(
      () =>
        new SqlClientMergeParticipant(
          'services',
          [
            { table: 'services.enrolment', uniqueWith: ['service_id'] },
            { table: 'services.referral' },
          ],
          manager,
        ),
    ).not.toThrow();
  });

  it.each([
    [{ table: 'enrolment' }],
    [{ table: 'services.enrolment"; DROP TABLE x; --' }],
    [{ table: 'services.enrolment', key: 'id" OR 1=1' }],
    [{ table: 'services.enrolment', uniqueWith: ['Service Id'] }],
  ])('refuses %p: its names are spliced into SQL', (table) => {
    expect(() => new SqlClientMergeParticipant('services', [table], manager)).toThrow(
      /not schema\.table and plain identifiers/,
    );
  });
});
