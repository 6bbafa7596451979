import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import { assertValid, notBlank } from '../shared/validation';
import { alreadyVoided, type DispensingEvent } from './dispensing-event';

/** Voids a dispensing registered by mistake (the dose was not handed out), keeping it with the reason. */
export class VoidDispensing {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'dispensings' | 'careRelations' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    eventId: string;
    reason: string;
    breakGlassReason?: string;
  }): Promise<DispensingEvent> {
    const { actor } = input;
    assertValid([notBlank(input.reason, 'reason')]);
    return this.ports.unitOfWork.run(async () => {
      const event = await this.ports.dispensings.findById(actor.tenantId, input.eventId);
      if (!event) throw notFound('dispensing');
      await authorizeClientRecord(
        { ...input, clientId: event.clientId, resource: 'dispensing' },
        this.ports,
      );
      const voided = { at: this.ports.clock.now(), by: actor.subject, reason: input.reason.trim() };
      if (event.voided || !(await this.ports.dispensings.void(actor.tenantId, event.id, voided)))
        throw alreadyVoided();
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'dispensing',
        resourceId: event.id,
        clientId: event.clientId,
        reason: voided.reason,
      });
      return { ...event, voided };
    });
  }
}
