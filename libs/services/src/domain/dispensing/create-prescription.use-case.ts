import { newId, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { assertRegisteredClient, authorizeClientRecord } from '../shared/client-access';
import { assertValid, unknownReference } from '../shared/validation';
import {
  prescriptionViolations,
  type Prescription,
  type PrescriptionDetails,
} from './prescription';

export interface CreatePrescriptionInput extends PrescriptionDetails {
  actor: Actor;
  clientId: string;
  serviceId: string;
  breakGlassReason?: string;
}

/** Registers a client's LAR prescription with the service that follows them up (SV-4). */
export class CreatePrescription {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      | 'services'
      | 'partners'
      | 'prescriptions'
      | 'clientDirectory'
      | 'careRelations'
      | 'audit'
      | 'unitOfWork'
      | 'clock'
    >,
  ) {}

  async execute({
    actor,
    breakGlassReason,
    ...input
  }: CreatePrescriptionInput): Promise<Prescription> {
    assertValid(prescriptionViolations(input));
    return this.ports.unitOfWork.run(async () => {
      if (!(await this.ports.services.findById(actor.tenantId, input.serviceId)))
        throw unknownReference('serviceId', 'service');
      if (input.place.kind === 'pharmacy') {
        const pharmacy = await this.ports.partners.findById(actor.tenantId, input.place.pharmacyId);
        if (pharmacy?.kind !== 'pharmacy') throw unknownReference('place.pharmacyId', 'pharmacy');
      }
      await assertRegisteredClient({ actor, clientId: input.clientId }, this.ports);
      await authorizeClientRecord(
        { actor, clientId: input.clientId, breakGlassReason, resource: 'client' },
        this.ports,
      );
      const prescription: Prescription = {
        ...input,
        id: newId(),
        tenantId: actor.tenantId,
        prescriber: input.prescriber.trim(),
        createdBy: actor.subject,
        createdAt: this.ports.clock.now(),
      };
      await this.ports.prescriptions.insert(prescription);
      await this.ports.audit.record({
        actor,
        action: 'create',
        resourceType: 'prescription',
        resourceId: prescription.id,
        clientId: prescription.clientId,
      });
      return prescription;
    });
  }
}
