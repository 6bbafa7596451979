import { notFound, type Actor, type Page, type PageRequest } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import type { DispensingEvent } from './dispensing-event';

/** A prescription's dispensings, voided and corrected ones included, newest first. */
export class ListDispensings {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'prescriptions' | 'dispensings' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    prescriptionId: string;
    breakGlassReason?: string;
    page: PageRequest;
  }): Promise<Page<DispensingEvent>> {
    const { actor } = input;
    return this.ports.unitOfWork.run(async () => {
      const prescription = await this.ports.prescriptions.findById(
        actor.tenantId,
        input.prescriptionId,
      );
      if (!prescription) throw notFound('prescription');
      await authorizeClientRecord(
        { ...input, clientId: prescription.clientId, resource: 'prescription' },
        this.ports,
      );
      const page = await this.ports.dispensings.listForPrescription(
        actor.tenantId,
        prescription.id,
        input.page,
      );
      await this.ports.audit.record({
        actor,
        action: 'search',
        resourceType: 'dispensing',
        resourceId: prescription.id,
        clientId: prescription.clientId,
      });
      return page;
    });
  }
}
