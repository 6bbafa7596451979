import type { FieldViolation, TenantId } from '@lavterskel/kernel';
import { periodsOverlap, withinPeriod, type IsoDate } from '../shared/calendar';
import { calendarDate, notBlank, positive, violation } from '../shared/validation';

/** Opioid agonist medications used in LAR, with their ATC codes (WHO). */
export const LAR_MEDICATIONS = {
  methadone: { atc: 'N07BC02', display: 'methadone' },
  buprenorphine: { atc: 'N07BC01', display: 'buprenorphine' },
  'buprenorphine-naloxone': { atc: 'N07BC51', display: 'buprenorphine, combinations' },
  levomethadone: { atc: 'N07BC05', display: 'levomethadone' },
  'slow-release-morphine': { atc: 'N02AA01', display: 'morphine' },
} as const;
export type LarMedication = keyof typeof LAR_MEDICATIONS;
export const LAR_MEDICATION_NAMES = Object.keys(LAR_MEDICATIONS) as LarMedication[];

/** Where the daily dose is handed out: at the service's own premises, or at a pharmacy partner. */
export type DispensingPlace = { kind: 'centre' } | { kind: 'pharmacy'; pharmacyId: string };

/** A LAR prescription followed up by one service (SV-4). */
export interface Prescription {
  id: string;
  tenantId: TenantId;
  clientId: string;
  /** The municipal service that follows the client up and runs the centre's dispensing. */
  serviceId: string;
  medication: LarMedication;
  dailyDoseMg: number;
  validFrom: IsoDate;
  /** The last day; `null` until the prescriber sets an end. */
  validTo: IsoDate | null;
  place: DispensingPlace;
  /** Who prescribed it, e.g. the LAR physician at TSB. */
  prescriber: string;
  createdBy: string;
  createdAt: Date;
}

/** A client's dispensing moved from a closed pharmacy to the centre until an end date. */
export interface PrescriptionTransfer {
  id: string;
  tenantId: TenantId;
  prescriptionId: string;
  from: IsoDate;
  until: IsoDate;
  reason: string;
  createdBy: string;
  createdAt: Date;
}

export type PrescriptionDetails = Pick<
  Prescription,
  'medication' | 'dailyDoseMg' | 'validFrom' | 'validTo' | 'place' | 'prescriber'
>;

export function prescriptionViolations(details: PrescriptionDetails): FieldViolation[] {
  return [
    !(details.medication in LAR_MEDICATIONS) &&
      violation('medication', 'one-of', `must be one of ${LAR_MEDICATION_NAMES.join(', ')}`),
    positive(details.dailyDoseMg, 'dailyDoseMg'),
    calendarDate(details.validFrom, 'validFrom'),
    calendarDate(details.validTo, 'validTo'),
    details.validTo !== null &&
      details.validTo < details.validFrom &&
      violation('validTo', 'not-before-valid-from', 'must not be before validFrom'),
    notBlank(details.prescriber, 'prescriber'),
  ].filter((check): check is FieldViolation => Boolean(check));
}

export function isValidOn(
  prescription: Pick<Prescription, 'validFrom' | 'validTo'>,
  day: IsoDate,
): boolean {
  return withinPeriod(day, prescription.validFrom, prescription.validTo);
}

/** Where the dose is handed out on `day`: a transfer covering the day moves it to the centre. */
export function placeOn(
  prescription: Pick<Prescription, 'place'>,
  transfers: readonly PrescriptionTransfer[],
  day: IsoDate,
): DispensingPlace {
  return transfers.some((transfer) => withinPeriod(day, transfer.from, transfer.until))
    ? { kind: 'centre' }
    : prescription.place;
}

/** The transfer among `existing` that a new one from `from` to `until` would overlap. */
export function overlappingTransfer(
  existing: readonly PrescriptionTransfer[],
  period: { from: IsoDate; to: IsoDate },
): PrescriptionTransfer | undefined {
  return existing.find((transfer) =>
    periodsOverlap({ from: transfer.from, to: transfer.until }, period),
  );
}
