import { quoteIdent, withDatabase } from './admin';

describe('admin helpers', () => {
  it('points a URL at another database on the same server, keeping credentials and options', () => {
    expect(withDatabase('postgres://app:pw@db:5432/postgres?sslmode=require', 'lvt_test_1')).toBe(
      'postgres://app:pw@db:5432/lvt_test_1?sslmode=require',
    );
  });

  it('quotes identifiers safely', () => {
    expect(quoteIdent('lvt_test')).toBe('"lvt_test"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });
});
