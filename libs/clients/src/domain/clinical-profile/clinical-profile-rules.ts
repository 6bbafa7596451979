import { text } from '../shared/text';
import type { Violations } from '../shared/violations';
import { MAX_DIAGNOSES, type ClinicalProfileContent } from './clinical-profile';

export const MAX_DIAGNOSES_PURPOSE_LENGTH = 500;

/** An ICD-10 code: a chapter letter, two digits, optionally a dot and one or two more characters. */
const ICD10_CODE = /^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$/;

/** `f102` and `F10.2` are the same code: upper case, with the dot after the category. */
export function normaliseIcd10(code: string): string {
  const compact = code.trim().toUpperCase();
  return /^[A-Z][0-9]{2}[0-9A-Z]{1,2}$/.test(compact)
    ? `${compact.slice(0, 3)}.${compact.slice(3)}`
    : compact;
}

/**
 * CL-11's rules, each broken one added to `violations`: no substance or code twice, valid
 * ICD-10 codes, few of them, and diagnoses only with the purpose the service needs them for.
 */
export function validateClinicalProfile(
  content: ClinicalProfileContent,
  violations: Violations,
): ClinicalProfileContent {
  const diagnoses = content.diagnoses.map(normaliseIcd10);
  const diagnosesPurpose = text(content.diagnosesPurpose);
  if (new Set(content.mainSubstances).size !== content.mainSubstances.length) {
    violations.add('mainSubstances', 'unique-items', 'must not name a substance twice');
  }
  diagnoses.forEach((code, index) => {
    if (!ICD10_CODE.test(code))
      violations.add(`diagnoses[${index}]`, 'icd-10', 'must be an ICD-10 code such as "F11.2"');
  });
  if (new Set(diagnoses).size !== diagnoses.length)
    violations.add('diagnoses', 'unique-items', 'must not name a code twice');
  if (diagnoses.length > MAX_DIAGNOSES)
    violations.add('diagnoses', 'max-items', `must hold at most ${MAX_DIAGNOSES} codes`);
  if (diagnoses.length > 0 && diagnosesPurpose === null) {
    violations.add(
      'diagnosesPurpose',
      'required-with-diagnoses',
      'must say why the service needs the diagnoses',
    );
  }
  if (diagnoses.length === 0 && diagnosesPurpose !== null) {
    violations.add(
      'diagnosesPurpose',
      'only-with-diagnoses',
      'must be left out when there are no diagnoses',
    );
  }
  violations.maxLength('diagnosesPurpose', diagnosesPurpose, MAX_DIAGNOSES_PURPOSE_LENGTH);
  return { mainSubstances: content.mainSubstances, rop: content.rop, diagnoses, diagnosesPurpose };
}
