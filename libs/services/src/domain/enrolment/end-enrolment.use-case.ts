import { notFound, osloDate, staleVersion, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { authorizeClientRecord } from '../shared/client-access';
import { ServicesError, ServicesErrorCode } from '../services-error';
import { assertValid, calendarDate, notBlank, violation } from '../shared/validation';
import type { Enrolment } from './enrolment';

export interface EndEnrolmentInput {
  actor: Actor;
  serviceId: string;
  enrolmentId: string;
  /** The last day; default: today (Oslo). */
  endedOn?: IsoDate;
  endReason: string;
  expectedVersion: number;
  breakGlassReason?: string;
}

/** Ends an enrolment; it stays as history of the client's services. */
export class EndEnrolment {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'enrolments' | 'careRelations' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: EndEnrolmentInput): Promise<Enrolment> {
    const { actor } = input;
    assertValid([notBlank(input.endReason, 'endReason'), calendarDate(input.endedOn, 'endedOn')]);
    return this.ports.unitOfWork.run(async () => {
      const current = await this.ports.enrolments.findById(actor.tenantId, input.enrolmentId);
      if (!current || current.serviceId !== input.serviceId) throw notFound('enrolment');
      await authorizeClientRecord(
        { ...input, clientId: current.clientId, resource: 'enrolment' },
        this.ports,
      );
      if (current.version !== input.expectedVersion) throw staleVersion();
      if (current.endedOn !== null) {
        throw new ServicesError(
          ServicesErrorCode.InvalidStateTransition,
          'This enrolment has already ended.',
        );
      }
      const endedOn = input.endedOn ?? osloDate(this.ports.clock.now());
      assertValid([
        endedOn < current.startedOn &&
          violation('endedOn', 'not-before-start', 'must not be before startedOn'),
      ]);
      const ended: Enrolment = {
        ...current,
        endedOn,
        endReason: input.endReason.trim(),
        version: current.version + 1,
      };
      if (!(await this.ports.enrolments.update(ended, current.version))) throw staleVersion();
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'enrolment',
        resourceId: ended.id,
        clientId: ended.clientId,
      });
      return ended;
    });
  }
}
