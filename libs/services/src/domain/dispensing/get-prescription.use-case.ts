import { notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { authorizeClientRecord } from '../shared/client-access';
import type { Prescription, PrescriptionTransfer } from './prescription';

export interface PrescriptionWithTransfers {
  prescription: Prescription;
  transfers: PrescriptionTransfer[];
}

/** One prescription with its temporary transfers (need-to-know, audited). */
export class GetPrescription {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'prescriptions' | 'careRelations' | 'audit' | 'unitOfWork'
    >,
  ) {}

  async execute(input: {
    actor: Actor;
    prescriptionId: string;
    breakGlassReason?: string;
  }): Promise<PrescriptionWithTransfers> {
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
      const transfers = await this.ports.prescriptions.transfersOf(actor.tenantId, [
        prescription.id,
      ]);
      await this.ports.audit.record({
        actor,
        action: 'read',
        resourceType: 'prescription',
        resourceId: prescription.id,
        clientId: prescription.clientId,
      });
      return { prescription, transfers };
    });
  }
}
