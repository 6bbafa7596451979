import { newId, notFound, osloDate, type Actor } from '@lavterskel/kernel';
import { assertAllowedByCrisisRules } from '../crisis-rules/assert-allowed-by-crisis-rules';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { assertRegisteredClient, authorizeClientRecord } from '../shared/client-access';
import { assertValid, calendarDate, notBlank } from '../shared/validation';
import type { Enrolment } from './enrolment';

export interface EnrolClientInput {
  actor: Actor;
  serviceId: string;
  clientId: string;
  /** Default: today (Oslo). */
  startedOn?: IsoDate;
  reason: string;
  breakGlassReason?: string;
}

/**
 * Enrols a client of the registry in a service (SV-3). An enrolment gives the service's team a
 * care relation, so it needs one already, e.g. as the client's primary contact (whoever
 * registers a client or converts their application is, unless they name another); otherwise
 * only a break-glass reason, audited, lets a team take in a client it cannot see. Unknown and
 * unseen clients answer 404 alike, and nothing is written.
 * A crisis level that closes the service refuses new enrolments (CR-7).
 */
export class EnrolClient {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'services'
      | 'enrolments'
      | 'clientDirectory'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
      | 'crisisRules'
    >,
  ) {}

  async execute(input: EnrolClientInput): Promise<Enrolment> {
    const { actor } = input;
    assertValid([notBlank(input.reason, 'reason'), calendarDate(input.startedOn, 'startedOn')]);
    return this.ports.unitOfWork.run(async () => {
      const service = await this.ports.services.findById(actor.tenantId, input.serviceId);
      if (!service) throw notFound('service');
      await assertRegisteredClient(input, this.ports);
      await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      await assertAllowedByCrisisRules(this.ports.crisisRules, {
        actor,
        serviceId: service.id,
        clientId: input.clientId,
        activity: { kind: 'enrolment' },
      });
      const now = this.ports.clock.now();
      const enrolment: Enrolment = {
        id: newId(),
        tenantId: actor.tenantId,
        clientId: input.clientId,
        serviceId: service.id,
        startedOn: input.startedOn ?? osloDate(now),
        endedOn: null,
        reason: input.reason.trim(),
        endReason: null,
        createdBy: actor.subject,
        createdAt: now,
        version: 1,
      };
      await this.ports.enrolments.insert(enrolment);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'enrolment',
        resourceId: enrolment.id,
        clientId: enrolment.clientId,
      });
      return enrolment;
    });
  }
}
