import { newId } from '@lavterskel/kernel';
import { aRule } from '../testing/crisis-plan.builders';
import type { CrisisLevel, CrisisPlanContent } from './crisis-plan';
import { planViolations } from './plan-violations';
import { skien2020Plan, SKIEN_2020_SERVICES } from './templates/skien-2020.template';

const normal: CrisisLevel = {
  code: 'normal',
  name: 'Normal',
  description: '',
  rules: [],
  priorityFlags: [],
  staffing: [],
};

function plan(red: Partial<CrisisLevel>): CrisisPlanContent {
  return {
    name: 'Plan',
    levels: [
      normal,
      {
        code: 'red',
        name: 'Red',
        description: '',
        rules: [],
        priorityFlags: [],
        staffing: [],
        ...red,
      },
    ],
  };
}

const fields = (content: CrisisPlanContent) =>
  planViolations(content).map((v) => `${v.field}:${v.rule}`);

describe('planViolations', () => {
  it('accepts the Skien 2020 template with every service mapped', () => {
    const services = Object.fromEntries(SKIEN_2020_SERVICES.map((key) => [key, newId()]));
    expect(planViolations(skien2020Plan({ services }).plan)).toEqual([]);
  });

  it('accepts the template with no service mapped, and lists them all as unmapped', () => {
    const { plan: content, unmapped } = skien2020Plan({ services: {} });
    expect(planViolations(content)).toEqual([]);
    expect(unmapped).toEqual([...SKIEN_2020_SERVICES]);
  });

  it('names the path of a bad rule', () => {
    expect(
      fields(
        plan({
          rules: [
            aRule(),
            aRule({ target: { kind: 'category', category: 'activity' }, maxGroupSize: 0 }),
          ],
        }),
      ),
    ).toEqual(['levels[1].rules[1].maxGroupSize:whole-number']);
  });

  it('requires normal first, unique codes and no rules at normal', () => {
    expect(
      fields({
        name: 'Plan',
        levels: [
          { ...normal, code: 'red' },
          { ...normal, code: 'red', rules: [aRule()] },
        ],
      }),
    ).toEqual(['levels[0].code:normal-first', 'levels[1].code:unique']);
    expect(fields({ name: 'Plan', levels: [{ ...normal, rules: [aRule()] }] })).toEqual([
      'levels[0]:normal-has-no-rules',
    ]);
  });

  it('refuses two rules for the same target, unknown words and a closed service with groups', () => {
    const serviceId = newId();
    expect(
      fields(
        plan({
          rules: [
            aRule({ target: { kind: 'service', serviceId }, mode: 'closed', maxGroupSize: 5 }),
            aRule({
              target: { kind: 'service', serviceId: serviceId.toUpperCase() },
              allowedChannels: ['fax' as never],
            }),
          ],
          priorityFlags: ['unlucky' as never],
        }),
      ),
    ).toEqual([
      'levels[1].rules[1].target:unique',
      'levels[1].rules[0].maxGroupSize:closed-service',
      'levels[1].rules[1].allowedChannels[0]:one-of',
      'levels[1].priorityFlags[0]:one-of',
    ]);
  });

  it('checks eligibility rules by kind', () => {
    expect(
      fields(
        plan({
          rules: [
            aRule({
              eligibility: [
                { kind: 'health-measure-requesters', measure: 'urine-test', requesters: [] },
                { kind: 'group-residents-only', residenceServiceId: 'not-a-uuid' },
              ],
            }),
          ],
        }),
      ),
    ).toEqual([
      'levels[1].rules[0].eligibility[0].requesters:min-items',
      'levels[1].rules[0].eligibility[1].residenceServiceId:uuid',
    ]);
  });
});
