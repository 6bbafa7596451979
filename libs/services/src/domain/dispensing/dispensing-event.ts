import type { TenantId } from '@lavterskel/kernel';
import { ServicesError, ServicesErrorCode } from '../services-error';
import type { IsoDate } from '../shared/calendar';
import { positive, violation, assertValid } from '../shared/validation';
import { isValidOn, type Prescription } from './prescription';

export const DISPENSING_CHANNELS = ['counter', 'hatch', 'home-delivery', 'pharmacy'] as const;
export type DispensingChannel = (typeof DISPENSING_CHANNELS)[number];

export interface DispensingVoid {
  at: Date;
  by: string;
  reason: string;
}

/**
 * One handing-out of a daily dose. Never changed once written: a mistake is voided with a
 * reason, and a correction is a new event that voids the old one.
 */
export interface DispensingEvent {
  id: string;
  tenantId: TenantId;
  prescriptionId: string;
  clientId: string;
  /** The Oslo calendar day of `dispensedAt`: at most one live event per prescription and day. */
  day: IsoDate;
  dispensedAt: Date;
  channel: DispensingChannel;
  doseMg: number;
  dispensedBy: string;
  /** The event this one corrects (and voided). */
  correctsEventId: string | null;
  voided: DispensingVoid | null;
  createdAt: Date;
}

/**
 * The rules a dispensing keeps against its prescription: a real dose no larger than the daily
 * dose, on a day inside the prescription period, and not in the future.
 */
export function assertDispensable(
  prescription: Prescription,
  dispensing: { day: IsoDate; doseMg: number; dispensedAt: Date; now: Date },
): void {
  assertValid([
    positive(dispensing.doseMg, 'doseMg'),
    dispensing.dispensedAt.getTime() > dispensing.now.getTime() &&
      violation('dispensedAt', 'not-in-future', 'must not be in the future'),
  ]);
  if (!isValidOn(prescription, dispensing.day)) {
    throw new ServicesError(
      ServicesErrorCode.OutsidePrescriptionPeriod,
      'The prescription is not valid on the day of this dispensing.',
      [
        violation(
          'dispensedAt',
          'within-prescription-period',
          `must fall on a day from ${prescription.validFrom} to ${prescription.validTo ?? 'open end'}`,
        ),
      ],
      { validFrom: prescription.validFrom, validTo: prescription.validTo },
    );
  }
  if (dispensing.doseMg > prescription.dailyDoseMg) {
    throw new ServicesError(
      ServicesErrorCode.DoseExceedsPrescription,
      'The dose is larger than the prescribed daily dose.',
      [
        violation(
          'doseMg',
          'at-most-daily-dose',
          `must be at most the daily dose of ${prescription.dailyDoseMg} mg`,
        ),
      ],
      { dailyDoseMg: prescription.dailyDoseMg },
    );
  }
}

export function alreadyDispensed(day: IsoDate): ServicesError {
  return new ServicesError(
    ServicesErrorCode.AlreadyDispensed,
    `This prescription has already been dispensed on ${day}.`,
    [
      violation(
        'prescriptionId',
        'once-per-day',
        'is dispensed at most once per day; correct the existing dispensing instead',
      ),
    ],
  );
}

export function alreadyVoided(): ServicesError {
  return new ServicesError(
    ServicesErrorCode.AlreadyVoided,
    'This dispensing has already been voided or corrected.',
  );
}
