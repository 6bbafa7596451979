import type { DecisionBasis } from '../domain/decide';
import type { LegalBasisCode } from '../domain/legal-basis';

/** How a decision's basis is stored, in the decision and disclosure tables alike. */
export interface BasisColumns {
  basisKind: 'consent' | 'legal-basis' | null;
  consentId: string | null;
  consentVersion: number | null;
  legalBasis: LegalBasisCode | null;
  justification: string | null;
}

export function toBasisColumns(
  basis: DecisionBasis,
): BasisColumns & { basisKind: 'consent' | 'legal-basis' };
export function toBasisColumns(basis: DecisionBasis | null): BasisColumns;
export function toBasisColumns(basis: DecisionBasis | null): BasisColumns {
  switch (basis?.kind) {
    case undefined:
      return {
        basisKind: null,
        consentId: null,
        consentVersion: null,
        legalBasis: null,
        justification: null,
      };
    case 'consent':
      return {
        basisKind: 'consent',
        consentId: basis.consentId,
        consentVersion: basis.consentVersion,
        legalBasis: null,
        justification: null,
      };
    case 'legal-basis':
      return {
        basisKind: 'legal-basis',
        consentId: null,
        consentVersion: null,
        legalBasis: basis.code,
        justification: basis.justification,
      };
  }
}

/** The basis the columns hold; the table's check constraint guarantees they are complete. */
export function toBasis(columns: BasisColumns): DecisionBasis | null {
  if (
    columns.basisKind === 'consent' &&
    columns.consentId !== null &&
    columns.consentVersion !== null
  ) {
    return {
      kind: 'consent',
      consentId: columns.consentId,
      consentVersion: columns.consentVersion,
    };
  }
  if (
    columns.basisKind === 'legal-basis' &&
    columns.legalBasis !== null &&
    columns.justification !== null
  ) {
    return { kind: 'legal-basis', code: columns.legalBasis, justification: columns.justification };
  }
  return null;
}
