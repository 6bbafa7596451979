import { newId, notFound, osloDate, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import { assertValid, notBlank } from '../shared/validation';
import {
  alreadyVoided,
  assertDispensable,
  type DispensingChannel,
  type DispensingEvent,
} from './dispensing-event';

export interface CorrectDispensingInput {
  actor: Actor;
  eventId: string;
  /** Why the recorded dispensing was wrong; kept on the voided event. */
  reason: string;
  /** What was really handed out; each defaults to the corrected event's value. */
  channel?: DispensingChannel;
  doseMg?: number;
  dispensedAt?: Date;
  breakGlassReason?: string;
}

export interface DispensingCorrection {
  voided: DispensingEvent;
  correction: DispensingEvent;
}

/**
 * Corrects a dispensing: the old event is voided with the reason and a new event records what
 * really happened. Nothing is changed in place, and both happen or neither does.
 */
export class CorrectDispensing {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'prescriptions' | 'dispensings' | 'careRelations' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: CorrectDispensingInput): Promise<DispensingCorrection> {
    const { actor } = input;
    assertValid([notBlank(input.reason, 'reason')]);
    return this.ports.unitOfWork.run(async () => {
      const original = await this.ports.dispensings.findById(actor.tenantId, input.eventId);
      if (!original) throw notFound('dispensing');
      await authorizeClientRecord(
        { ...input, clientId: original.clientId, resource: 'dispensing' },
        this.ports,
      );
      const prescription = await this.ports.prescriptions.findById(
        actor.tenantId,
        original.prescriptionId,
      );
      if (!prescription) throw notFound('dispensing');
      if (original.voided) throw alreadyVoided();

      const now = this.ports.clock.now();
      const dispensedAt = input.dispensedAt ?? original.dispensedAt;
      const correction: DispensingEvent = {
        ...original,
        id: newId(),
        day: osloDate(dispensedAt),
        dispensedAt,
        channel: input.channel ?? original.channel,
        doseMg: input.doseMg ?? original.doseMg,
        dispensedBy: actor.subject,
        correctsEventId: original.id,
        createdAt: now,
      };
      assertDispensable(prescription, { ...correction, now });
      const voided = { at: now, by: actor.subject, reason: input.reason.trim() };
      // Void first: the new event of the same day must not meet a live one in the unique index.
      if (!(await this.ports.dispensings.void(actor.tenantId, original.id, voided)))
        throw alreadyVoided();
      await this.ports.dispensings.insert(correction);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'dispensing',
        resourceId: original.id,
        clientId: original.clientId,
        reason: voided.reason,
      });
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'dispensing',
        resourceId: correction.id,
        clientId: correction.clientId,
      });
      return { voided: { ...original, voided }, correction };
    });
  }
}
