import type { FieldViolation, TenantId } from '@lavterskel/kernel';
import { violation } from '../shared/validation';

/** Tests and vaccinations offered where clients are (SV-8). */
export const HEALTH_MEASURES = {
  test: [
    'covid-19-pcr',
    'covid-19-rapid-antigen',
    'hepatitis-c',
    'hepatitis-b',
    'hiv',
    'syphilis',
    'tuberculosis',
  ],
  vaccination: ['covid-19', 'influenza', 'hepatitis-a', 'hepatitis-b', 'pneumococcal', 'tetanus'],
} as const;
export type HealthMeasureKind = keyof typeof HEALTH_MEASURES;
export type HealthMeasureCode = (typeof HEALTH_MEASURES)[HealthMeasureKind][number];

export const TEST_RESULTS = ['positive', 'negative', 'inconclusive', 'pending'] as const;
export type TestResult = (typeof TEST_RESULTS)[number];

export interface HealthMeasure {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  clientId: string;
  kind: HealthMeasureKind;
  code: HealthMeasureCode;
  /** Tests only; `null` for a vaccination. */
  result: TestResult | null;
  performedAt: Date;
  recordedBy: string;
  createdAt: Date;
}

/** The code belongs to the kind, and a result is given for a test and only for a test. */
export function healthMeasureViolations(
  measure: Pick<HealthMeasure, 'kind' | 'code' | 'result'>,
): FieldViolation[] {
  const codes: readonly string[] = HEALTH_MEASURES[measure.kind] ?? [];
  return [
    !(measure.kind in HEALTH_MEASURES) &&
      violation('kind', 'one-of', 'must be test or vaccination'),
    measure.kind in HEALTH_MEASURES &&
      !codes.includes(measure.code) &&
      violation('code', 'one-of', `must be one of ${codes.join(', ')}`),
    measure.kind === 'test' &&
      measure.result === null &&
      violation('result', 'required', 'is required for a test (pending until known)'),
    measure.kind === 'vaccination' &&
      measure.result !== null &&
      violation('result', 'only-for-tests', 'is only given for a test'),
  ].filter((check): check is FieldViolation => Boolean(check));
}
