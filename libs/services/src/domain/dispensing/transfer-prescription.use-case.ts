import { newId, notFound, type Actor } from '@lavterskel/kernel';
import type { ServicesPorts } from '../services-ports';
import { ServicesError, ServicesErrorCode } from '../services-error';
import type { IsoDate } from '../shared/calendar';
import { authorizeClientRecord } from '../shared/client-access';
import { assertValid, calendarDate, notBlank, violation } from '../shared/validation';
import { isValidOn, overlappingTransfer, type PrescriptionTransfer } from './prescription';

export interface TransferPrescriptionInput {
  actor: Actor;
  prescriptionId: string;
  from: IsoDate;
  /** The last day at the centre; required: a transfer is temporary. */
  until: IsoDate;
  reason: string;
  breakGlassReason?: string;
}

/** Moves a client's dispensing from their pharmacy to the centre until an end date (SV-4). */
export class TransferPrescription {
  constructor(
    private readonly ports: Pick<
      ServicesPorts,
      'prescriptions' | 'careRelations' | 'audit' | 'unitOfWork' | 'clock'
    >,
  ) {}

  async execute(input: TransferPrescriptionInput): Promise<PrescriptionTransfer> {
    const { actor } = input;
    assertValid([
      calendarDate(input.from, 'from'),
      calendarDate(input.until, 'until'),
      input.until < input.from && violation('until', 'not-before-from', 'must not be before from'),
      notBlank(input.reason, 'reason'),
    ]);
    return this.ports.unitOfWork.run(async () => {
      // The lock makes concurrent transfers of one prescription check for overlaps one at a time.
      const prescription = await this.ports.prescriptions.findById(
        actor.tenantId,
        input.prescriptionId,
        { forUpdate: true },
      );
      if (!prescription) throw notFound('prescription');
      await authorizeClientRecord(
        { ...input, clientId: prescription.clientId, resource: 'prescription' },
        this.ports,
      );
      if (prescription.place.kind !== 'pharmacy') {
        throw new ServicesError(
          ServicesErrorCode.TransferNotAllowed,
          'Only a prescription dispensed at a pharmacy can be transferred to the centre.',
          [
            violation(
              'prescriptionId',
              'dispensed-at-pharmacy',
              'must be a prescription dispensed at a pharmacy',
            ),
          ],
        );
      }
      if (!isValidOn(prescription, input.from) || !isValidOn(prescription, input.until)) {
        throw new ServicesError(
          ServicesErrorCode.TransferNotAllowed,
          'A transfer must lie within the prescription period.',
          [
            violation(
              'from',
              'within-prescription-period',
              `must lie from ${prescription.validFrom} to ${prescription.validTo ?? 'open end'}`,
            ),
          ],
        );
      }
      const clash = overlappingTransfer(
        await this.ports.prescriptions.transfersOf(actor.tenantId, [prescription.id]),
        { from: input.from, to: input.until },
      );
      if (clash) {
        throw new ServicesError(
          ServicesErrorCode.TransferOverlaps,
          'The prescription is already transferred for part of this period.',
          [
            violation(
              'from',
              'no-overlap',
              `overlaps the transfer from ${clash.from} to ${clash.until}`,
            ),
          ],
          { transferId: clash.id },
        );
      }
      const transfer: PrescriptionTransfer = {
        id: newId(),
        tenantId: actor.tenantId,
        prescriptionId: prescription.id,
        from: input.from,
        until: input.until,
        reason: input.reason.trim(),
        createdBy: actor.subject,
        createdAt: this.ports.clock.now(),
      };
      await this.ports.prescriptions.insertTransfer(transfer);
      await this.ports.audit.record({
        actor,
        action: 'update',
        resourceType: 'prescription',
        resourceId: prescription.id,
        clientId: prescription.clientId,
      });
      return transfer;
    });
  }
}
