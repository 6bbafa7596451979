import { isCalendarDay, newId, notFound } from '@lavterskel/kernel';
import type { ClientsDependencies } from '../clients-dependencies';
import { openClientRecord, type ClientRecordRequest } from '../client/open-client-record';
import { Violations } from '../shared/violations';
import { MAX_PLAN_EVALUATIONS, MAX_PLAN_TEXT_LENGTH, type IndividualPlan } from './individual-plan';

export interface EvaluateIndividualPlanInput extends ClientRecordRequest {
  /** Oslo day of the evaluation with the client. */
  on: string;
  text: string;
  /** The next review; default unchanged. */
  nextReviewDue?: string;
}

type Dependencies = Pick<
  ClientsDependencies,
  'clients' | 'individualPlans' | 'careRelations' | 'unitOfWork' | 'audit' | 'clock'
>;

/** IP (§ 7-1): records an evaluation (append-only) and, optionally, the next review date. */
export class EvaluateIndividualPlan {
  constructor(private readonly deps: Dependencies) {}

  async execute(input: EvaluateIndividualPlanInput): Promise<IndividualPlan> {
    const violations = new Violations();
    if (!isCalendarDay(input.on))
      violations.add('on', 'calendar-date', 'must be a real date, YYYY-MM-DD');
    if (typeof input.text !== 'string' || input.text.trim() === '')
      violations.add('text', 'not-blank', 'must not be blank');
    violations.maxLength('text', input.text, MAX_PLAN_TEXT_LENGTH);
    if (input.nextReviewDue !== undefined && !isCalendarDay(input.nextReviewDue))
      violations.add('nextReviewDue', 'calendar-date', 'must be a real date, YYYY-MM-DD');
    violations.throwIfAny();
    return this.deps.unitOfWork.run(async () => {
      const client = await openClientRecord(input, this.deps);
      // Evaluations only add: lock the plan rather than make the writer send If-Match.
      const current = await this.deps.individualPlans.find(input.actor.tenantId, client.id, {
        forUpdate: true,
      });
      if (!current) throw notFound('individual plan');
      if (current.evaluations.length >= MAX_PLAN_EVALUATIONS)
        violations.add(
          'text',
          'max-items',
          `a plan keeps at most ${MAX_PLAN_EVALUATIONS} evaluations`,
        );
      violations.throwIfAny();
      const plan = await this.deps.individualPlans.update(
        input.actor.tenantId,
        {
          ...current,
          reviewDue: input.nextReviewDue ?? current.reviewDue,
          evaluations: [
            ...current.evaluations,
            { id: newId(), on: input.on, text: input.text.trim(), by: input.actor.subject },
          ],
          updatedBy: input.actor.subject,
          updatedAt: this.deps.clock.now(),
        },
        current.version,
      );
      await this.deps.audit.record({
        actor: input.actor,
        action: 'update',
        resourceType: 'individual-plan',
        resourceId: plan.id,
        clientId: client.id,
      });
      return plan;
    });
  }
}
