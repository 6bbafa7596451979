import type { TenantId } from '@lavterskel/kernel';

/** A simple application's way through intake (CL-2). */
export const APPLICATION_STATUSES = ['received', 'triaged', 'converted', 'closed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const CLOSURE_REASONS = [
  'withdrawn',
  'unreachable',
  'already-a-client',
  'referred-elsewhere',
] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

/** The applicant's own answers to the urgency questions of the form. */
export interface UrgencyAnswers {
  readonly acuteDetox: boolean;
  readonly pregnant: boolean;
  readonly coercionConcern: boolean;
}

/**
 * Staff's assessment of urgency: acute need for detoxification, pregnancy (helse- og
 * omsorgstjenesteloven §10-3) and whether coercion must be assessed (§10-2).
 */
export interface Triage {
  readonly acuteDetox: boolean;
  readonly pregnancy: boolean;
  readonly coercionAssessment: boolean;
  readonly note: string | null;
  readonly triagedBy: string;
  readonly triagedAt: Date;
}

export interface Closure {
  readonly reason: ClosureReason;
  readonly closedBy: string;
  readonly closedAt: Date;
}

/**
 * A simple application ("enkel søknad"): sent without an account, holding only what is needed
 * to reach the person. There is no waiting list; the time from application to first contact
 * is recorded instead.
 */
export interface Application {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly receivedAt: Date;
  /** Name or alias, as the applicant wrote it. */
  readonly name: string;
  readonly phone: string | null;
  /** Where the applicant can be met when they have no phone. */
  readonly meetingPlace: string | null;
  readonly helpWanted: string;
  readonly preferredLanguage: string | null;
  readonly answers: UrgencyAnswers;
  readonly status: ApplicationStatus;
  readonly triage: Triage | null;
  /** Staff's triage once made, the applicant's answers until then. */
  readonly urgent: boolean;
  /** The client the application became. */
  readonly clientId: string | null;
  /** When the intake conversation reached the applicant. */
  readonly firstContactAt: Date | null;
  readonly closure: Closure | null;
  readonly version: number;
}

export function isUrgent(answers: UrgencyAnswers, triage: Triage | null): boolean {
  if (triage) return triage.acuteDetox || triage.pregnancy || triage.coercionAssessment;
  return answers.acuteDetox || answers.pregnant || answers.coercionConcern;
}

/** Whole minutes from the application to the first contact; null before contact. */
export function minutesToFirstContact(
  application: Pick<Application, 'receivedAt' | 'firstContactAt'>,
): number | null {
  if (!application.firstContactAt) return null;
  return Math.round(
    (application.firstContactAt.getTime() - application.receivedAt.getTime()) / 60_000,
  );
}

export function isOpen(application: Application): boolean {
  return application.status === 'received' || application.status === 'triaged';
}
