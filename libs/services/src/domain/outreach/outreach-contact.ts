import type { TenantId } from '@lavterskel/kernel';

/** Symptoms outreach staff note when they meet someone. */
export const SYMPTOMS = [
  'fever',
  'cough',
  'sore-throat',
  'shortness-of-breath',
  'loss-of-taste-or-smell',
  'jaundice',
  'wound-infection',
  'abscess',
  'confusion',
  'other',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

/** Symptoms that warrant a test at the service (infection, hepatitis). */
const TESTING_SYMPTOMS: ReadonlySet<Symptom> = new Set([
  'fever',
  'cough',
  'sore-throat',
  'shortness-of-breath',
  'loss-of-taste-or-smell',
  'jaundice',
]);

export const REFERRAL_TARGETS = [
  'ambulance',
  'gp',
  'emergency-room',
  'detox',
  'specialist-health-service',
  'nav',
  'other',
] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

/** Someone met on outreach: a known client or anonymous, new to the services or not (SV-6). */
export interface OutreachContact {
  id: string;
  tenantId: TenantId;
  serviceId: string;
  missionId: string | null;
  placeId: string | null;
  clientId: string | null;
  metAt: Date;
  /** First contact with the services. */
  newContact: boolean;
  symptoms: Symptom[];
  testingAdvised: boolean;
  referrals: ReferralTarget[];
  recordedBy: string;
  createdAt: Date;
}

export function warrantsTesting(symptoms: readonly Symptom[]): boolean {
  return symptoms.some((symptom) => TESTING_SYMPTOMS.has(symptom));
}
