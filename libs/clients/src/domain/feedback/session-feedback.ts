/**
 * KOR/FIT client feedback (seed 004): at each session the client rates how life is going
 * (ORS, Outcome Rating Scale) and, at its end, how the session went (SRS, Session Rating Scale).
 * Each scale is a 10 cm line read to the millimetre: 0–10 with one decimal; a form's total is 0–40.
 */
export const ORS_SCALES = ['individually', 'interpersonally', 'socially', 'overall'] as const;
export type OrsScale = (typeof ORS_SCALES)[number];
export type OrsScores = Readonly<Record<OrsScale, number>>;

export const SRS_SCALES = [
  'relationship',
  'goalsAndTopics',
  'approachOrMethod',
  'overall',
] as const;
export type SrsScale = (typeof SRS_SCALES)[number];
export type SrsScores = Readonly<Record<SrsScale, number>>;

/** Adults scoring below this total on the ORS are in the clinical range. */
export const ORS_CLINICAL_CUTOFF = 25;
/** A fall of this much from the first ORS total is a reliable deterioration. */
export const ORS_RELIABLE_DROP = 5;
/** An SRS total below this means the alliance needs attention. */
export const SRS_ALLIANCE_CUTOFF = 36;

export interface SessionFeedback {
  readonly id: string;
  readonly clientId: string;
  /** The attended encounter the feedback was given in. */
  readonly encounterId: string;
  /** The encounter's service, if any (for the service's summary). */
  readonly serviceId: string | null;
  /** When the session took place (the encounter's time). */
  readonly sessionAt: Date;
  readonly ors: OrsScores | null;
  readonly srs: SrsScores | null;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

/** A form's total, 0–40, to one decimal. */
export function totalOf(scores: Readonly<Record<string, number>>): number {
  return Math.round(Object.values(scores).reduce((sum, score) => sum + score, 0) * 10) / 10;
}
