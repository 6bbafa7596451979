import type { FieldViolation } from '@lavterskel/kernel';

/**
 * Legal bases for sharing without consent (CO-2). Each is an exception: it must be justified
 * in writing, and every decision that rests on one is logged and flagged for review.
 */
export const LEGAL_BASES = {
  emergency: {
    label: 'Emergency: the client needs immediate help and cannot consent',
    citation: 'straffeloven § 17 (nødrett); helsepersonelloven § 7',
  },
  'overriding-interest': {
    label: 'Weighty private or public interests make sharing justified',
    citation: 'helsepersonelloven § 23 nr. 4',
  },
  'statutory-duty': {
    label: 'A statute requires the information to be given',
    citation: 'e.g. smittevernloven § 2-2, helsepersonelloven § 31',
  },
} as const;

export type LegalBasisCode = keyof typeof LEGAL_BASES;
export const LEGAL_BASIS_CODES = Object.keys(LEGAL_BASES) as LegalBasisCode[];

/** A written justification must say enough for a reviewer to judge it. */
export const MIN_JUSTIFICATION_LENGTH = 20;

export interface LegalBasisClaim {
  readonly code: LegalBasisCode;
  readonly justification: string;
}

export function isLegalBasisCode(value: string): value is LegalBasisCode {
  return Object.hasOwn(LEGAL_BASES, value);
}

export function legalBasisViolations(
  claim: { code: string; justification?: string },
  field: string,
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!isLegalBasisCode(claim.code)) {
    violations.push({
      field: `${field}.code`,
      rule: 'known-legal-basis',
      message: `must be one of ${LEGAL_BASIS_CODES.join(', ')}`,
    });
  }
  if ((claim.justification?.trim().length ?? 0) < MIN_JUSTIFICATION_LENGTH) {
    violations.push({
      field: `${field}.justification`,
      rule: 'min-length',
      message: `must justify sharing without consent in at least ${MIN_JUSTIFICATION_LENGTH} characters`,
    });
  }
  return violations;
}
