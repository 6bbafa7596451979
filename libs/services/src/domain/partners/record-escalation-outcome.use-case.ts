import { notFound, osloDate, staleVersion, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { ServicesError, ServicesErrorCode } from '../services-error';
import type { IsoDate } from '../shared/calendar';
import { authorizeClientRecord } from '../shared/client-access';
import { assertValid, calendarDate, notBlank, violation } from '../shared/validation';
import type { Escalation } from './escalation';

export interface RecordEscalationOutcomeInput {
  actor: Actor;
  serviceId: string;
  escalationId: string;
  outcome: string;
  /** Default: today (Oslo). */
  decidedOn?: IsoDate;
  expectedVersion: number;
  breakGlassReason?: string;
}

/** Records what the forum decided; the escalation is then resolved. */
export class RecordEscalationOutcome {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'cooperation' | 'careRelations' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: RecordEscalationOutcomeInput): Promise<Escalation> {
    const { actor } = input;
    assertValid([notBlank(input.outcome, 'outcome'), calendarDate(input.decidedOn, 'decidedOn')]);
    return this.ports.unitOfWork.run(async () => {
      const current = await this.ports.cooperation.findEscalation(
        actor.tenantId,
        input.escalationId,
      );
      if (!current || current.serviceId !== input.serviceId) throw notFound('escalation');
      await authorizeClientRecord(
        { ...input, clientId: current.clientId, resource: 'escalation' },
        this.ports,
      );
      if (current.version !== input.expectedVersion) throw staleVersion();
      if (current.status !== 'open')
        throw new ServicesError(
          ServicesErrorCode.InvalidStateTransition,
          'This escalation is already resolved.',
        );
      const decidedOn = input.decidedOn ?? osloDate(this.ports.clock.now());
      assertValid([
        decidedOn < osloDate(current.createdAt) &&
          violation(
            'decidedOn',
            'not-before-escalation',
            'must not be before the case was escalated',
          ),
      ]);
      const resolved: Escalation = {
        ...current,
        status: 'resolved',
        outcome: input.outcome.trim(),
        decidedOn,
        version: current.version + 1,
      };
      if (!(await this.ports.cooperation.updateEscalation(resolved, current.version)))
        throw staleVersion();
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'escalation',
        resourceId: resolved.id,
        clientId: resolved.clientId,
      });
      return resolved;
    });
  }
}
