import type { TenantId } from '@lavterskel/kernel';
import type { DispensingChannel, DispensingEvent } from '../../domain/dispensing/dispensing-event';
import type {
  LarMedication,
  Prescription,
  PrescriptionTransfer,
} from '../../domain/dispensing/prescription';
import { DispensingEventEntity } from './dispensing-event.entity';
import { PrescriptionTransferEntity } from './prescription-transfer.entity';
import { PrescriptionEntity } from './prescription.entity';

export function toPrescription(row: PrescriptionEntity): Prescription {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    clientId: row.clientId,
    serviceId: row.serviceId,
    medication: row.medication as LarMedication,
    dailyDoseMg: row.dailyDoseMg,
    validFrom: row.validFrom,
    validTo: row.validTo,
    place:
      row.pharmacyId === null
        ? { kind: 'centre' }
        : { kind: 'pharmacy', pharmacyId: row.pharmacyId },
    prescriber: row.prescriber,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

export function fromPrescription(prescription: Prescription): PrescriptionEntity {
  const { place, ...rest } = prescription;
  return Object.assign(new PrescriptionEntity(), {
    ...rest,
    place: place.kind,
    pharmacyId: place.kind === 'pharmacy' ? place.pharmacyId : null,
  });
}

export function toTransfer(row: PrescriptionTransferEntity): PrescriptionTransfer {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    prescriptionId: row.prescriptionId,
    from: row.fromDate,
    until: row.untilDate,
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

export function fromTransfer(transfer: PrescriptionTransfer): PrescriptionTransferEntity {
  const { from, until, ...rest } = transfer;
  return Object.assign(new PrescriptionTransferEntity(), {
    ...rest,
    fromDate: from,
    untilDate: until,
  });
}

export function toDispensingEvent(row: DispensingEventEntity): DispensingEvent {
  return {
    id: row.id,
    tenantId: row.tenantId as TenantId,
    prescriptionId: row.prescriptionId,
    clientId: row.clientId,
    day: row.dispensingDate,
    dispensedAt: row.dispensedAt,
    channel: row.channel as DispensingChannel,
    doseMg: row.doseMg,
    dispensedBy: row.dispensedBy,
    correctsEventId: row.correctsEventId,
    voided:
      row.voidedAt && row.voidedBy && row.voidReason
        ? { at: row.voidedAt, by: row.voidedBy, reason: row.voidReason }
        : null,
    createdAt: row.createdAt,
  };
}

export function fromDispensingEvent(event: DispensingEvent): DispensingEventEntity {
  const { day, voided, ...rest } = event;
  return Object.assign(new DispensingEventEntity(), {
    ...rest,
    dispensingDate: day,
    voidedAt: voided?.at ?? null,
    voidedBy: voided?.by ?? null,
    voidReason: voided?.reason ?? null,
  });
}
