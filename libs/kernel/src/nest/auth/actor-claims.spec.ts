import { InvalidClaimsError, actorFromClaims } from './actor-claims';

describe('actorFromClaims', () => {
  it('reads subject, tenant, roles, teams and name', () => {
    expect(actorFromClaims({ sub: 'nurse-anne', tenant: '4003', roles: ['staff'], teams: ['t1'], name: 'Anne' })).toEqual({
      subject: 'nurse-anne',
      tenantId: '4003',
      roles: ['staff'],
      teamIds: ['t1'],
      displayName: 'Anne',
    });
  });

  it('defaults roles and teams to none', () => {
    expect(actorFromClaims({ sub: 'x', tenant: '0301' })).toMatchObject({ roles: [], teamIds: [] });
  });

  it.each([
    [{ tenant: '4003' }, /subject/],
    [{ sub: 'x' }, /tenant/],
    [{ sub: 'x', tenant: '43' }, /tenant/],
    [{ sub: 'x', tenant: '4003', roles: 'staff' }, /roles/],
    [{ sub: 'x', tenant: '4003', teams: [1] }, /teams/],
  ])('refuses %p', (claims, reason) => {
    expect(() => actorFromClaims(claims)).toThrow(InvalidClaimsError);
    expect(() => actorFromClaims(claims)).toThrow(reason);
  });
});
