// The plan the benchmark activates: red switches treatment-follow-up and prevention to remote
// (their clients get follow-up tasks), re-cohorts activity/work/aftercare groups to 5, and
// reduces every other service; the critical services need two trained staff each (CR-5).
import type { CrisisPlanContent, ServiceRule, StaffingMinimum } from '@lavterskel/crisis-mode';

type RuleTarget = ServiceRule['target'];

function rule(
  target: RuleTarget,
  fields: Partial<ServiceRule> & Pick<ServiceRule, 'mode'>,
): ServiceRule {
  return {
    target,
    maxGroupSize: null,
    groupsClosed: false,
    batchesPerDay: null,
    allowedChannels: null,
    maxPersonsInPremises: null,
    inPersonOnlyWhereEssential: false,
    dispensingChannels: null,
    eligibility: [],
    prioritised: false,
    note: 'Benchmark rule.',
    ...fields,
  };
}

const category = (name: string): RuleTarget => ({ kind: 'category', category: name }) as RuleTarget;

export function benchPlan(
  criticalServices: readonly { id: string; competency: string }[],
): CrisisPlanContent {
  const staffing: StaffingMinimum[] = criticalServices.map((service) => ({
    serviceId: service.id,
    competency: service.competency,
    minimum: 2,
  }));
  return {
    name: 'Beredskapsplan (benchmark)',
    levels: [
      {
        code: 'normal',
        name: 'Normal drift',
        description: 'Ingen krise.',
        rules: [],
        priorityFlags: [],
        staffing: [],
      },
      {
        code: 'red',
        name: 'Rødt nivå',
        description: 'Smitteutbrudd: tjenester på avstand, små grupper.',
        rules: [
          rule(category('treatment-follow-up'), { mode: 'remote' }),
          rule(category('prevention'), { mode: 'remote' }),
          ...['activity', 'work', 'aftercare'].map((name) =>
            rule(category(name), { mode: 'reduced', maxGroupSize: 5 }),
          ),
          rule({ kind: 'all' }, { mode: 'reduced' }),
        ],
        priorityFlags: ['overdose-history', 'pregnancy', 'no-phone', 'homeless', 'somatic-risk'],
        staffing,
      },
    ],
  };
}
