import { newId, notFound, type Actor } from '@lavterskel/kernel';
import { assertAllowedByCrisisRules } from '../crisis-rules/assert-allowed-by-crisis-rules';
import type { ServicesPorts } from '../services-ports';
import {
  assertRegisteredClient,
  authorizeClientRecord,
  servesInTeam,
} from '../shared/client-access';
import { assertValid, violation } from '../shared/validation';
import {
  healthMeasureViolations,
  type HealthMeasure,
  type HealthMeasureCode,
  type HealthMeasureKind,
  type HealthMeasureRequester,
  type TestResult,
} from './health-measure';

export interface RecordHealthMeasureInput {
  actor: Actor;
  serviceId: string;
  clientId: string;
  kind: HealthMeasureKind;
  code: HealthMeasureCode;
  result: TestResult | null;
  /** Who asked for it (a crisis level may allow a measure only for some requesters). */
  requestedBy?: HealthMeasureRequester | null;
  /** Default: now. */
  performedAt?: Date;
  breakGlassReason?: string;
}

/**
 * Records a test or vaccination given at a service (SV-8), unless the crisis rules in force
 * restrict the measure to requesters this one is not (CR-7).
 */
export class RecordHealthMeasure {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'services'
      | 'healthMeasures'
      | 'clientDirectory'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
      | 'crisisRules'
    >,
  ) {}

  async execute(input: RecordHealthMeasureInput): Promise<HealthMeasure> {
    const { actor } = input;
    const now = this.ports.clock.now();
    const performedAt = input.performedAt ?? now;
    assertValid([
      ...healthMeasureViolations(input),
      performedAt.getTime() > now.getTime() &&
        violation('performedAt', 'not-in-future', 'must not be in the future'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw notFound('service');
      await assertRegisteredClient(input, this.ports);
      // Testing is offered to anyone who comes: the service's own team needs no prior relation.
      if (!servesInTeam(actor, service.teamId))
        await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      const requestedBy = input.requestedBy ?? null;
      await assertAllowedByCrisisRules(this.ports.crisisRules, {
        actor,
        serviceId: service.id,
        clientId: input.clientId,
        activity: { kind: 'health-measure', code: input.code, requestedBy },
      });
      const measure: HealthMeasure = {
        id: newId(),
        tenantId: actor.tenantId,
        serviceId: service.id,
        clientId: input.clientId,
        kind: input.kind,
        code: input.code,
        result: input.result,
        requestedBy,
        performedAt,
        recordedBy: actor.subject,
        createdAt: now,
      };
      await this.ports.healthMeasures.insert(measure);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'health-measure',
        resourceId: measure.id,
        clientId: measure.clientId,
      });
      return measure;
    });
  }
}
