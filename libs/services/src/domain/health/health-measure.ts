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
    // A drug screen: positive means a substance was found.
    'urine-test',
  ],
  vaccination: ['covid-19', 'influenza', 'hepatitis-a', 'hepatitis-b', 'pneumococcal', 'tetanus'],
} as const;
export type HealthMeasureKind = keyof typeof HEALTH_MEASURES;
export type HealthMeasureCode = (typeof HEALTH_MEASURES)[HealthMeasureKind][number];

export const TEST_RESULTS = ['positive', 'negative', 'inconclusive', 'pending'] as const;
export type TestResult = (typeof TEST_RESULTS)[number];

/**
 * Who asked for the measure. A crisis level may allow a measure only for some requesters
 * (Skien 2020: urine tests only when child welfare, UNG pluss or a driving-licence case asks).
 */
export const HEALTH_MEASURE_REQUESTERS = [
  'child-welfare',
  'ung-pluss',
  'driving-licence',
  'self',
  'staff',
] as const;
export type HealthMeasureRequester = (typeof HEALTH_MEASURE_REQUESTERS)[number];

export interface HealthMeasure {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  clientId: string;
  kind: HealthMeasureKind;
  code: HealthMeasureCode;
  /** Tests only; `null` for a vaccination. */
  result: TestResult | null;
  /** Who asked for it; `null` when not recorded. */
  requestedBy: HealthMeasureRequester | null;
  performedAt: Date;
  recordedBy: string;
  createdAt: Date;
}

/** The code belongs to the kind, and a result is given for a test and only for a test. */
export function healthMeasureViolations(
  measure: Pick<HealthMeasure, 'kind' | 'code' | 'result'> &
    Partial<Pick<HealthMeasure, 'requestedBy'>>,
): FieldViolation[] {
  const codes: readonly string[] = HEALTH_MEASURES[measure.kind] ?? [];
  const requesters: readonly string[] = HEALTH_MEASURE_REQUESTERS;
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
    measure.requestedBy != null &&
      !requesters.includes(measure.requestedBy) &&
      violation('requestedBy', 'one-of', `must be one of ${requesters.join(', ')}`),
  ].filter((check): check is FieldViolation => Boolean(check));
}
