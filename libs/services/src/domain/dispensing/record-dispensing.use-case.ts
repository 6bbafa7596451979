import {
  authorizeWithoutCareRelation,
  newId,
  notFound,
  osloDate,
  type Actor,
} from '@lavterskel/kernel';
import { assertAllowedByCrisisRules } from '../crisis-rules/assert-allowed-by-crisis-rules';
import type { ServicesPorts } from '../services-ports';
import type { Prescription } from './prescription';
import {
  assertDispensable,
  type DispensingChannel,
  type DispensingEvent,
} from './dispensing-event';

export interface RecordDispensingInput {
  actor: Actor;
  prescriptionId: string;
  channel: DispensingChannel;
  /** Default: the prescribed daily dose. */
  doseMg?: number;
  /** Default: now. A dispensing registered afterwards may give the time it happened. */
  dispensedAt?: Date;
  breakGlassReason?: string;
}

/**
 * Records that a client got their daily dose (SV-4). At most one live dispensing per
 * prescription and Oslo day: the database refuses a second (`services.already-dispensed`),
 * even when two staff press at the same moment. A crisis level may allow only some channels
 * (e.g. only through the hatch, CR-7).
 */
export class RecordDispensing {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'prescriptions'
      | 'dispensings'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
      | 'crisisRules'
    >,
  ) {}

  async execute(input: RecordDispensingInput): Promise<DispensingEvent> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const found = await this.prescriptionInCare(actor, input.prescriptionId);
      if (!found) throw notFound('prescription');
      const { prescription } = found;
      if (!found.inCare) {
        await authorizeWithoutCareRelation(
          { ...input, clientId: prescription.clientId, resource: 'prescription' },
          this.ports.audit,
        );
      }
      const now = this.ports.clock.now();
      const dispensedAt = input.dispensedAt ?? now;
      const event: DispensingEvent = {
        id: newId(),
        tenantId: actor.tenantId,
        prescriptionId: prescription.id,
        clientId: prescription.clientId,
        day: osloDate(dispensedAt),
        dispensedAt,
        channel: input.channel,
        doseMg: input.doseMg ?? prescription.dailyDoseMg,
        dispensedBy: actor.subject,
        correctsEventId: null,
        voided: null,
        createdAt: now,
      };
      assertDispensable(prescription, { ...event, now });
      await assertAllowedByCrisisRules(this.ports.crisisRules, {
        actor,
        serviceId: prescription.serviceId,
        clientId: prescription.clientId,
        activity: { kind: 'dispensing', channel: event.channel },
      });
      await this.ports.dispensings.insert(event);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'dispensing',
        resourceId: event.id,
        clientId: event.clientId,
      });
      return event;
    });
  }

  /** The prescription and the care relation to its client: one read where the repository can. */
  private async prescriptionInCare(
    actor: Actor,
    id: string,
  ): Promise<{ prescription: Prescription; inCare: boolean } | null> {
    const { prescriptions, careRelations } = this.ports;
    if (prescriptions.findByIdInCare) return prescriptions.findByIdInCare(actor, id);
    const prescription = await prescriptions.findById(actor.tenantId, id);
    if (!prescription) return null;
    return {
      prescription,
      inCare: await careRelations.hasCareRelation(actor, prescription.clientId),
    };
  }
}
