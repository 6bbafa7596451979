import {
  UCUM,
  uuidIdentifier,
  type FhirCodeableConcept,
  type FhirIdentifier,
  type FhirQuantity,
  type FhirReference,
} from '../shared/fhir';
import type { DispensingEvent } from './dispensing-event';
import { LAR_MEDICATIONS, type Prescription } from './prescription';

/** FHIR R4 `MedicationDispense` (https://hl7.org/fhir/R4/medicationdispense.html), as far as a dispensing sets it. */
export interface FhirMedicationDispense {
  resourceType: 'MedicationDispense';
  id: string;
  extension: { url: string; valueCode: string }[];
  identifier: FhirIdentifier[];
  status: 'completed' | 'entered-in-error';
  category: FhirCodeableConcept;
  medicationCodeableConcept: FhirCodeableConcept;
  subject: FhirReference;
  performer: { actor: FhirReference }[];
  authorizingPrescription: FhirReference[];
  type: FhirCodeableConcept;
  quantity: FhirQuantity;
  daysSupply: FhirQuantity;
  whenHandedOver: string;
  note?: { text: string }[];
  dosageInstruction: {
    text: string;
    timing: { repeat: { frequency: number; period: number; periodUnit: 'd' } };
    doseAndRate: { doseQuantity: FhirQuantity }[];
  }[];
}

/** How the dose reached the client (counter, hatch, home delivery, pharmacy); FHIR has no element for it. */
export const DISPENSING_CHANNEL_EXTENSION =
  'https://lavterskel.no/fhir/StructureDefinition/dispensing-channel';

const milligrams = (value: number): FhirQuantity => ({
  value,
  unit: 'mg',
  system: UCUM,
  code: 'mg',
});

/** A dispensing as FHIR R4 `MedicationDispense`; a voided one is `entered-in-error`. */
export function toFhirMedicationDispense(
  event: DispensingEvent,
  prescription: Prescription,
): FhirMedicationDispense {
  const medication = LAR_MEDICATIONS[prescription.medication];
  return {
    resourceType: 'MedicationDispense',
    id: event.id,
    extension: [{ url: DISPENSING_CHANNEL_EXTENSION, valueCode: event.channel }],
    identifier: [uuidIdentifier(event.id)],
    status: event.voided ? 'entered-in-error' : 'completed',
    category: {
      coding: [
        {
          system: 'http://terminology.hl7.org/fhir/CodeSystem/medicationdispense-category',
          code: 'community',
          display: 'Community',
        },
      ],
    },
    medicationCodeableConcept: {
      coding: [
        { system: 'http://www.whocc.no/atc', code: medication.atc, display: medication.display },
      ],
      text: prescription.medication,
    },
    subject: { reference: `Patient/${event.clientId}` },
    performer: [
      {
        actor: { identifier: { system: 'urn:lavterskel:staff-subject', value: event.dispensedBy } },
      },
    ],
    authorizingPrescription: [
      {
        identifier: uuidIdentifier(prescription.id),
        display: `LAR prescription by ${prescription.prescriber}`,
      },
    ],
    type: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
          code: 'DF',
          display: 'Daily Fill',
        },
      ],
    },
    quantity: milligrams(event.doseMg),
    daysSupply: { value: 1, unit: 'day', system: UCUM, code: 'd' },
    whenHandedOver: event.dispensedAt.toISOString(),
    ...(event.voided ? { note: [{ text: `Voided: ${event.voided.reason}` }] } : {}),
    dosageInstruction: [
      {
        text: `${prescription.dailyDoseMg} mg ${medication.display} daily`,
        timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } },
        doseAndRate: [{ doseQuantity: milligrams(prescription.dailyDoseMg) }],
      },
    ],
  };
}
