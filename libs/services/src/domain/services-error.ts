import { DomainError, type FieldViolation } from '@lavterskel/kernel';

/**
 * Every error this library raises; `ServicesErrorFilter` maps each to a status. A missing record
 * (or one outside the caller's reach) is the kernel's `notFound(...)`, never a code here.
 */
export enum ServicesErrorCode {
  /** A field breaks a rule the request format cannot express (400). */
  InvalidInput = 'services.invalid-input',
  /** The body names a record that does not exist in the caller's municipality (422). */
  UnknownReference = 'services.unknown-reference',
  /** A dispensing on a day outside the prescription's period (422). */
  OutsidePrescriptionPeriod = 'services.outside-prescription-period',
  /** A dispensed dose above the prescribed daily dose (422). */
  DoseExceedsPrescription = 'services.dose-exceeds-prescription',
  /** A mission for a client with a violence-risk flag needs two staff (422). */
  TwoStaffRequired = 'services.two-staff-required',
  /** A temporary transfer of a prescription that is not dispensed at a pharmacy (422). */
  TransferNotAllowed = 'services.transfer-not-allowed',
  /** A name or identity that must be unique is taken (409). */
  AlreadyExists = 'services.already-exists',
  /** The client already has an open enrolment in this service (409). */
  AlreadyEnrolled = 'services.already-enrolled',
  /** The prescription was already dispensed on this Oslo day (409). */
  AlreadyDispensed = 'services.already-dispensed',
  /** The dispensing event was already voided or corrected (409). */
  AlreadyVoided = 'services.dispensing-already-voided',
  /** A temporary transfer overlaps another of the same prescription (409). */
  TransferOverlaps = 'services.transfer-overlaps',
  /** The record is not in a state that allows this step (409). */
  InvalidStateTransition = 'services.invalid-state-transition',
  /** The crisis level in force forbids this (CR-7); `rule`, `level` and `planVersion` say why (409). */
  RefusedByCrisisPolicy = 'services.refused-by-crisis-policy',
  /** No consent or legal basis lets a referral share a category with its receiver; `decisions` say why (403). */
  SharingRefused = 'services.sharing-refused',
}

export class ServicesError extends DomainError<ServicesErrorCode> {
  constructor(
    code: ServicesErrorCode,
    message: string,
    violations: readonly FieldViolation[] = [],
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(code, message, violations, details);
  }
}
