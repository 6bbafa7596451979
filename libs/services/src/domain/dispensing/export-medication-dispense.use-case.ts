import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import { toFhirMedicationDispense, type FhirMedicationDispense } from './medication-dispense.fhir';

/** A dispensing as FHIR R4 `MedicationDispense` (X-5; need-to-know, audited as an export). */
export class ExportMedicationDispense {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'prescriptions' | 'dispensings' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    eventId: string;
    breakGlassReason?: string;
  }): Promise<FhirMedicationDispense> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const event = await this.ports.dispensings.findById(actor.tenantId, input.eventId);
      if (!event) throw notFound('dispensing');
      await authorizeClientRecord(
        { ...input, clientId: event.clientId, resource: 'dispensing' },
        this.ports,
      );
      const prescription = await this.ports.prescriptions.findById(
        actor.tenantId,
        event.prescriptionId,
      );
      if (!prescription) throw notFound('dispensing');
      await this.ports.audit.record({
        actor,
        action: 'export',
        resourceType: 'dispensing',
        resourceId: event.id,
        clientId: event.clientId,
        reason: 'FHIR MedicationDispense',
      });
      return toFhirMedicationDispense(event, prescription);
    });
  }
}
