import { Violations } from '../shared/violations';
import {
  ORS_SCALES,
  SRS_SCALES,
  type OrsScale,
  type OrsScores,
  type SrsScale,
  type SrsScores,
} from './session-feedback';

export interface FeedbackEntry {
  ors?: Partial<Record<OrsScale, number>> | null;
  srs?: Partial<Record<SrsScale, number>> | null;
}

/** A mark on the 10 cm line: 0–10, read to the millimetre. */
function isScore(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= 0 &&
    value <= 10 &&
    Math.abs(value * 10 - Math.round(value * 10)) < 1e-9
  );
}

function scoresOf<S extends string>(
  form: 'ors' | 'srs',
  scales: readonly S[],
  given: Partial<Record<S, number>> | null | undefined,
  violations: Violations,
): Readonly<Record<S, number>> | null {
  if (given === null || given === undefined) return null;
  const scores = {} as Record<S, number>;
  for (const scale of scales) {
    const value = given[scale];
    if (isScore(value)) scores[scale] = Math.round(value * 10) / 10;
    else
      violations.add(
        `${form}.${scale}`,
        'score-0-to-10',
        'must be a number from 0 to 10 with at most one decimal',
      );
  }
  return scores;
}

/** The forms of one session; at least one of ORS and SRS, every scale of a given form scored. */
export function validateFeedback(
  entry: FeedbackEntry,
  violations: Violations,
): { ors: OrsScores | null; srs: SrsScores | null } {
  const ors = scoresOf('ors', ORS_SCALES, entry.ors, violations);
  const srs = scoresOf('srs', SRS_SCALES, entry.srs, violations);
  if (entry.ors == null && entry.srs == null)
    violations.add('ors', 'ors-or-srs', 'give an ORS form, an SRS form or both');
  return { ors, srs };
}
