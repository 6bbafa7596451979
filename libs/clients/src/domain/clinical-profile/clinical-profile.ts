/** Main substances (CL-11), coarse on purpose: the follow-up needs the kind, not the detail. */
export const SUBSTANCES = [
  'alcohol',
  'opioids',
  'benzodiazepines',
  'cannabis',
  'amphetamines',
  'cocaine',
  'ghb',
  'hallucinogens',
  'other',
] as const;
export type Substance = (typeof SUBSTANCES)[number];

/**
 * The minimal clinical profile (CL-11): main substances, ROP (co-occurring substance use and
 * mental disorder) yes/no/unknown, and ICD-10 diagnosis codes only where the service needs them,
 * which is why codes come with the purpose they serve.
 */
export interface ClinicalProfileContent {
  readonly mainSubstances: readonly Substance[];
  /** null: not assessed. */
  readonly rop: boolean | null;
  /** ICD-10 codes, e.g. `F11.2`. */
  readonly diagnoses: readonly string[];
  /** Why the service needs the diagnoses; required when there are any. */
  readonly diagnosesPurpose: string | null;
}

export interface ClinicalProfile extends ClinicalProfileContent {
  readonly clientId: string;
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: Date;
}

export const MAX_DIAGNOSES = 10;
