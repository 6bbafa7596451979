import { newId } from '@lavterskel/kernel';
import { aRule } from '../testing/crisis-plan.builders';
import type { CrisisLevel } from '../plan/crisis-plan';
import { normalPolicy, policyFrom, type CrisisException } from './effective-policy';
import { policyVerdict, type PolicyAction } from './policy-verdict';
import { resolveRule } from './resolve-rule';

const housing = newId();
const lar = { id: newId(), category: 'low-threshold' as const };
const yoga = { id: newId(), category: 'activity' as const };
const ung = { id: newId(), category: 'prevention' as const };

const red: CrisisLevel = {
  code: 'red',
  name: 'Red',
  description: '',
  priorityFlags: [],
  staffing: [],
  rules: [
    aRule({
      target: { kind: 'all' },
      allowedChannels: ['phone', 'video', 'home-visit', 'walk-and-talk'],
      eligibility: [
        {
          kind: 'health-measure-requesters',
          measure: 'urine-test',
          requesters: ['child-welfare', 'ung-pluss'],
        },
      ],
    }),
    aRule({
      target: { kind: 'category', category: 'activity' },
      mode: 'outdoor-only',
      maxGroupSize: 5,
      eligibility: [{ kind: 'group-residents-only', residenceServiceId: housing }],
    }),
    aRule({ target: { kind: 'service', serviceId: lar.id }, dispensingChannels: ['hatch'] }),
    aRule({ target: { kind: 'service', serviceId: ung.id }, mode: 'closed' }),
  ],
};

const exception: CrisisException = {
  id: newId(),
  tenantId: '4003',
  clientId: newId(),
  serviceId: null,
  reason: 'Avgjørende for stabilisering',
  grantedBy: 'staff-1',
  grantedAt: new Date('2027-03-01T08:00:00Z'),
  validTo: null,
  revokedAt: null,
  revokedBy: null,
};

function verdict(
  service: { id: string; category: 'activity' | 'low-threshold' | 'prevention' } | null,
  action: PolicyAction,
  withException = false,
) {
  return policyVerdict(
    policyFrom({
      serviceId: service?.id ?? null,
      level: 'red',
      planId: newId(),
      planVersion: 3,
      rule: resolveRule(red, service),
      exception: withException ? exception : null,
    }),
    action,
  );
}

const ruleOf = (result: ReturnType<typeof verdict>) => (result.allowed ? 'allowed' : result.rule);

describe('policyVerdict (CR-7)', () => {
  it('allows everything when no crisis is active', () => {
    expect(policyVerdict(normalPolicy(null), { kind: 'encounter', channel: 'office' })).toEqual({
      allowed: true,
      exceptionId: null,
    });
  });

  it('refuses enrolment in a closed service, naming the rule and the level', () => {
    const result = verdict(ung, { kind: 'enrol' });
    expect(result).toMatchObject({
      allowed: false,
      rule: 'service-closed',
      level: 'red',
      planVersion: 3,
    });
    expect(ruleOf(verdict(lar, { kind: 'enrol' }))).toBe('allowed');
  });

  it('refuses an office appointment while the premises take none, unless an exception is recorded', () => {
    expect(ruleOf(verdict(null, { kind: 'encounter', channel: 'office' }))).toBe(
      'channel-not-allowed',
    );
    expect(ruleOf(verdict(null, { kind: 'encounter', channel: 'phone' }))).toBe('allowed');
    expect(verdict(null, { kind: 'encounter', channel: 'office' }, true)).toEqual({
      allowed: true,
      exceptionId: exception.id,
    });
  });

  it('lets an outdoor-only service meet clients outdoors only', () => {
    expect(ruleOf(verdict(yoga, { kind: 'encounter', channel: 'home-visit' }))).toBe(
      'channel-not-allowed',
    );
    expect(ruleOf(verdict(yoga, { kind: 'encounter', channel: 'walk-and-talk' }))).toBe('allowed');
  });

  it('keeps groups to the level’s size, even with an exception', () => {
    expect(
      ruleOf(
        verdict(yoga, { kind: 'join-group', membersNow: 5, clientServiceIds: [housing] }, true),
      ),
    ).toBe('group-size');
    expect(
      ruleOf(verdict(yoga, { kind: 'join-group', membersNow: 4, clientServiceIds: [housing] })),
    ).toBe('allowed');
  });

  it('takes only residents in a residents-only group', () => {
    expect(ruleOf(verdict(yoga, { kind: 'join-group', membersNow: 0, clientServiceIds: [] }))).toBe(
      'group-residents-only',
    );
    expect(
      ruleOf(verdict(yoga, { kind: 'join-group', membersNow: 0, clientServiceIds: [] }, true)),
    ).toBe('allowed');
  });

  it('does urine tests only for the named requesters', () => {
    expect(
      ruleOf(verdict(null, { kind: 'health-measure', measure: 'urine-test', requester: 'self' })),
    ).toBe('health-measure-requester');
    expect(
      ruleOf(verdict(null, { kind: 'health-measure', measure: 'urine-test', requester: null })),
    ).toBe('health-measure-requester');
    expect(
      ruleOf(
        verdict(null, {
          kind: 'health-measure',
          measure: 'urine-test',
          requester: 'child-welfare',
        }),
      ),
    ).toBe('allowed');
    expect(ruleOf(verdict(null, { kind: 'health-measure', measure: 'hiv', requester: null }))).toBe(
      'allowed',
    );
  });

  it('dispenses LAR through the hatch only', () => {
    expect(ruleOf(verdict(lar, { kind: 'dispensing', channel: 'counter' }))).toBe(
      'dispensing-channel',
    );
    expect(ruleOf(verdict(lar, { kind: 'dispensing', channel: 'hatch' }))).toBe('allowed');
  });

  it('picks the most specific rule: service, then category, then all', () => {
    expect(resolveRule(red, lar)?.target).toEqual({ kind: 'service', serviceId: lar.id });
    expect(resolveRule(red, yoga)?.target).toEqual({ kind: 'category', category: 'activity' });
    expect(resolveRule(red, { id: newId(), category: 'housing' })?.target).toEqual({ kind: 'all' });
    expect(resolveRule({ ...red, rules: [] }, lar)).toBeUndefined();
  });
});
