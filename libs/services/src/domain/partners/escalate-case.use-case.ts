import { newId, notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import type { IsoDate } from '../shared/calendar';
import { assertRegisteredClient, authorizeClientRecord } from '../shared/client-access';
import { assertValid, calendarDate, notBlank } from '../shared/validation';
import type { Escalation } from './escalation';

export interface EscalateCaseInput {
  actor: Actor;
  serviceId: string;
  clientId: string;
  forumDate: IsoDate;
  summary: string;
  breakGlassReason?: string;
}

/** Takes a client's unresolved case to the cross-agency forum (SV-7). */
export class EscalateCase {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'services'
      | 'cooperation'
      | 'clientDirectory'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
    >,
  ) {}

  async execute(input: EscalateCaseInput): Promise<Escalation> {
    const { actor } = input;
    assertValid([notBlank(input.summary, 'summary'), calendarDate(input.forumDate, 'forumDate')]);
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.services.findById(actor.tenantId, input.serviceId)))
        throw notFound('service');
      await assertRegisteredClient(input, this.ports);
      await authorizeClientRecord({ ...input, resource: 'client' }, this.ports);
      const escalation: Escalation = {
        id: newId(),
        tenantId: actor.tenantId,
        clientId: input.clientId,
        serviceId: input.serviceId,
        forumDate: input.forumDate,
        summary: input.summary.trim(),
        status: 'open',
        outcome: null,
        decidedOn: null,
        createdBy: actor.subject,
        createdAt: this.ports.clock.now(),
        version: 1,
      };
      await this.ports.cooperation.insertEscalation(escalation);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'escalation',
        resourceId: escalation.id,
        clientId: escalation.clientId,
      });
      return escalation;
    });
  }
}
