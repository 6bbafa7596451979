import type { TenantId } from '@lavterskel/kernel';
import { Violations } from '../shared/violations';
import { validateIndividualPlan, type IndividualPlanEntry } from './individual-plan-rules';

const team = '2c1d0e9f-8a7b-4c6d-9e5f-4a3b2c1d0e9f';
const actor = {
  subject: 'nurse-anne',
  tenantId: '4003' as TenantId,
  roles: ['staff'],
  teamIds: [team],
};
const jobGoal = {
  inClientsWords: '  Jeg vil ha en jobb  ',
  status: 'active' as const,
  measures: [
    {
      description: 'Job trial',
      responsible: { kind: 'partner' as const, name: 'NAV' },
      from: '2026-12-01',
      to: null,
    },
  ],
};
const entry = (overrides: Partial<IndividualPlanEntry> = {}): IndividualPlanEntry => ({
  coordinator: 'nurse-anne',
  teamId: team,
  clientConsent: { given: true, on: '2026-11-20' },
  status: 'active',
  reviewDue: '2027-02-15',
  goals: [
    {
      inClientsWords: '  Jeg vil ha en jobb  ',
      status: 'active',
      measures: [
        {
          description: 'Job trial',
          responsible: { kind: 'partner', name: 'NAV' },
          from: '2026-12-01',
          to: null,
        },
      ],
    },
  ],
  ...overrides,
});
const rulesOf = (
  input: IndividualPlanEntry,
  current = null as ReturnType<typeof validateIndividualPlan> | null,
) => {
  const violations = new Violations();
  const plan = validateIndividualPlan(input, { actor, current }, violations);
  return { plan, rules: violations.list.map((v) => `${v.field}:${v.rule}`) };
};

describe('individual plan rules (§ 7-1)', () => {
  it('gives new goals and measures ids, trims the client’s words, and keeps the ids of existing ones', () => {
    const first = rulesOf(entry());
    expect(first.rules).toEqual([]);
    const goal = first.plan.goals[0];
    expect(goal?.inClientsWords).toBe('Jeg vil ha en jobb');
    const again = rulesOf(
      entry({
        goals: [
          {
            ...jobGoal,
            id: goal?.id,
            measures: [{ ...jobGoal.measures[0], id: goal?.measures[0]?.id }],
          },
        ],
      }),
      first.plan,
    );
    expect(again.rules).toEqual([]);
    expect(again.plan.goals[0]?.id).toBe(goal?.id);
    expect(again.plan.goals[0]?.measures[0]?.id).toBe(goal?.measures[0]?.id);
  });

  it('needs the client’s consent for an active plan, and a day with consent', () => {
    expect(rulesOf(entry({ clientConsent: { given: false, on: null } })).rules).toEqual([
      'clientConsent.given:consent-for-active-plan',
    ]);
    expect(
      rulesOf(entry({ status: 'draft', clientConsent: { given: false, on: null } })).rules,
    ).toEqual([]);
    expect(rulesOf(entry({ clientConsent: { given: true, on: null } })).rules).toEqual([
      'clientConsent.on:calendar-date',
    ]);
  });

  it('refuses ids the plan does not have, another team, a measure ending before it starts', () => {
    const { rules } = rulesOf(
      entry({
        teamId: '00000000-0000-4000-8000-000000000000',
        goals: [
          {
            id: '11111111-1111-4111-8111-111111111111',
            inClientsWords: 'x',
            status: 'active',
            measures: [
              {
                description: 'y',
                responsible: { kind: 'service', serviceId: 'nope' },
                from: '2026-12-10',
                to: '2026-12-01',
              },
            ],
          },
        ],
      }),
    );
    expect(rules).toEqual([
      'teamId:own-team',
      'goals[0].id:known-goal',
      'goals[0].measures[0].responsible.serviceId:uuid',
      'goals[0].measures[0].to:not-before-from',
    ]);
  });
});
